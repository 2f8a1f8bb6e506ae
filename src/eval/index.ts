import fs from "node:fs";
import path from "node:path";
import { readGraphFile } from "../graph-file/index.ts";
import { NODE_TYPES, RELATION_TYPES } from "../ontology/index.ts";

/**
 * Scores a graph (graphology serialized JSON) against gold files, by the rules of docs/ontology.md
 * ("Gold files"): the same matching as the shared scorer (tests/fixtures/score.mjs), in TypeScript.
 */

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const REL_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const CONTAINMENT: ReadonlySet<string> = new Set(["PART_OF", "LOCATED_IN"]);
const SYMMETRIC: ReadonlySet<string> = new Set(["COOPERATES_WITH"]);

export class EvalInputError extends Error {}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scores extends Counts {
  p: number;
  r: number;
  f1: number;
}
export interface EvalReport {
  gold_files: number;
  nodes: Scores;
  edges: Scores;
  per_type: Record<string, Scores>;
  missedNodes: string[];
  wrongNodes: string[];
  missedEdges: string[];
  wrongEdges: string[];
  /** problems with the gold files themselves (relation endpoints that are no entity) */
  warnings: string[];
}

interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
  alt_types?: string[];
  optional?: boolean;
}
interface GoldRelation {
  type: string;
  head: string;
  tail: string;
  optional?: boolean;
}
export interface GoldFile {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}
/** The parts of a graph (graphology's serialised form, as in graph.json) that scoring reads. */
export interface GraphFile {
  nodes?: { key: string; attributes?: { type?: string; label?: string; aliases?: unknown } }[];
  edges?: { source: string; target: string; attributes?: { type?: string } }[];
}

export const normName = (s: unknown): string => String(s ?? "").normalize("NFKC").replace(/[“”"'‘’\s]/g, "").trim();

export function readGoldDir(dir: string): { file: string; gold: GoldFile }[] {
  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch (e) {
    throw new EvalInputError(`cannot read gold folder ${dir}: ${(e as Error).message}`);
  }
  if (!files.length) throw new EvalInputError(`no gold files in ${dir}`);
  return files.map((file) => {
    try {
      return { file, gold: JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as GoldFile };
    } catch (e) {
      throw new EvalInputError(`cannot read gold file ${file}: ${(e as Error).message}`);
    }
  });
}

export function evaluate(graph: GraphFile, goldFiles: { file: string; gold: GoldFile }[]): EvalReport {
  const warnings: string[] = [];
  type G = { key: string; type: string; name: string; names: Set<string>; alt: Set<string>; optional: boolean };
  const gold = new Map<string, G>();
  const goldRels: (GoldRelation & { doc: string })[] = [];
  for (const { file, gold: g } of goldFiles) {
    for (const e of g.entities) {
      const key = `${e.type}|${normName(e.name)}`;
      const cur = gold.get(key) ?? { key, type: e.type, name: e.name, names: new Set<string>(), alt: new Set<string>(), optional: true };
      cur.names.add(normName(e.name));
      for (const a of e.aliases ?? []) cur.names.add(normName(a));
      for (const t of e.alt_types ?? []) cur.alt.add(t);
      cur.optional = cur.optional && !!e.optional;
      gold.set(key, cur);
    }
    for (const r of g.relations) goldRels.push({ ...r, doc: file });
  }
  const byName = new Map<string, string[]>();
  for (const g of gold.values()) for (const n of g.names) byName.set(n, [...(byName.get(n) ?? []), g.key]);
  const resolveName = (name: string, doc: string): string | null => {
    const keys = byName.get(normName(name)) ?? [];
    if (keys.length === 1) return keys[0]!;
    const exact = keys.filter((k) => k.endsWith(`|${normName(name)}`));
    if (exact.length === 1) return exact[0]!;
    warnings.push(keys.length ? `gold warning: relation endpoint "${name}" (${doc}) is ambiguous: ${keys.join(", ")}` : `gold warning: relation endpoint "${name}" (${doc}) is not an entity`);
    return null;
  };
  const edgeKey = (type: string, a: string, b: string) => {
    if (SYMMETRIC.has(type) && a > b) [a, b] = [b, a];
    return `${CONTAINMENT.has(type) ? "CONTAIN" : type}|${a}|${b}`;
  };
  const goldEdges = new Map<string, { type: string; h: string; t: string; optional: boolean }>();
  for (const r of goldRels) {
    const h = resolveName(r.head, r.doc), t = resolveName(r.tail, r.doc);
    if (!h || !t) continue;
    const k = edgeKey(r.type, h, t);
    const cur = goldEdges.get(k) ?? { type: r.type, h, t, optional: true };
    cur.optional = cur.optional && !!r.optional;
    goldEdges.set(k, cur);
  }

  // prediction
  const predNodes = (graph.nodes ?? [])
    .map((n) => {
      const a = n.attributes ?? {};
      const names = new Set([normName(a.label ?? n.key), ...(Array.isArray(a.aliases) ? a.aliases.map(normName) : [])]);
      return { key: n.key, type: a.type ?? "", label: a.label ?? n.key, names };
    })
    .filter((n) => NODE_TYPE_SET.has(n.type));

  // one-to-one matching: exact canonical-label matches first, then any shared name
  const match = new Map<string, string>();
  const taken = new Set<string>();
  const compatible = (p: { type: string }, g: G) => p.type === g.type || g.alt.has(p.type);
  for (const pass of ["label", "alias"] as const) {
    for (const p of predNodes) {
      if (match.has(p.key)) continue;
      for (const g of gold.values()) {
        if (taken.has(g.key) || !compatible(p, g)) continue;
        const hit = pass === "label" ? normName(p.label) === normName(g.name) : [...p.names].some((n) => g.names.has(n));
        if (hit) {
          match.set(p.key, g.key);
          taken.add(g.key);
          break;
        }
      }
    }
  }

  const stats: Record<string, Counts> = {};
  const bump = (type: string, field: keyof Counts) => {
    stats[type] ??= { tp: 0, fp: 0, fn: 0 };
    stats[type][field]++;
  };
  const wrongNodes: string[] = [], missedNodes: string[] = [];
  for (const p of predNodes) {
    const gk = match.get(p.key);
    if (!gk) {
      bump(p.type, "fp");
      wrongNodes.push(`${p.type}:${p.label}`);
      continue;
    }
    const g = gold.get(gk)!;
    if (!g.optional) bump(g.type, "tp");
  }
  for (const g of gold.values()) {
    if (!g.optional && !taken.has(g.key)) {
      bump(g.type, "fn");
      missedNodes.push(`${g.type}:${g.name}`);
    }
  }

  // edges
  const addC = (m: Map<string, Set<string>>, a: string, b: string) => {
    if (!m.has(a)) m.set(a, new Set());
    m.get(a)!.add(b);
  };
  const closure = (m: Map<string, Set<string>>) => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const [a, bs] of m) for (const b of [...bs]) for (const c of m.get(b) ?? []) if (!bs.has(c) && c !== a) { bs.add(c); changed = true; }
    }
  };
  const goldContain = new Map<string, Set<string>>();
  const predContain = new Map<string, Set<string>>();
  for (const e of goldEdges.values()) if (CONTAINMENT.has(e.type)) addC(goldContain, e.h, e.t);
  closure(goldContain);

  const predEdges = new Map<string, { type: string; h: string; k: string; label: string }>();
  const predByKey = new Map(predNodes.map((n) => [n.key, n]));
  const wrongEdges: string[] = [];
  for (const e of graph.edges ?? []) {
    const type = e.attributes?.type ?? "";
    if (!REL_TYPE_SET.has(type)) continue;
    const s = predByKey.get(e.source), t = predByKey.get(e.target);
    if (!s || !t) continue;
    const h = match.get(s.key), k = match.get(t.key);
    if (!h || !k) {
      if ((h && gold.get(h)!.optional) || (k && gold.get(k)!.optional)) continue;
      wrongEdges.push(`${type}:${s.label}->${t.label}`);
      bump(`edge:${type}`, "fp");
      continue;
    }
    if (gold.get(h)!.optional || gold.get(k)!.optional) continue;
    predEdges.set(edgeKey(type, h, k), { type, h, k, label: `${type}:${s.label}->${t.label}` });
    if (CONTAINMENT.has(type)) addC(predContain, h, k);
  }
  closure(predContain);
  for (const [key, p] of predEdges) {
    const g = goldEdges.get(key);
    if (g) {
      if (!g.optional) bump(`edge:${g.type}`, "tp");
      continue;
    }
    if (CONTAINMENT.has(p.type) && goldContain.get(p.h)?.has(p.k)) continue; // right, only less specific or implied
    bump(`edge:${p.type}`, "fp");
    wrongEdges.push(p.label);
  }
  const missedEdges: string[] = [];
  for (const [key, g] of goldEdges) {
    if (g.optional || predEdges.has(key)) continue;
    if (CONTAINMENT.has(g.type) && predContain.get(g.h)?.has(g.t)) {
      bump(`edge:${g.type}`, "tp");
      continue;
    }
    bump(`edge:${g.type}`, "fn");
    missedEdges.push(`${g.type}:${gold.get(g.h)!.name}->${gold.get(g.t)!.name}`);
  }

  const sum = (pred: (k: string) => boolean) =>
    Object.entries(stats)
      .filter(([k]) => pred(k))
      .reduce((a, [, v]) => ({ tp: a.tp + v.tp, fp: a.fp + v.fp, fn: a.fn + v.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    gold_files: goldFiles.length,
    nodes: prf(sum((k) => !k.startsWith("edge:"))),
    edges: prf(sum((k) => k.startsWith("edge:"))),
    per_type: Object.fromEntries(Object.entries(stats).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, prf(v)])),
    missedNodes,
    wrongNodes,
    missedEdges,
    wrongEdges,
    warnings,
  };
}

function prf({ tp, fp, fn }: Counts): Scores {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** The report as the shared scorer prints it (the same table, the same lines). */
export function formatReport(report: EvalReport, verbose = false): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [`type                     P      R      F1     tp   fp   fn`];
  for (const [k, v] of Object.entries(report.per_type)) {
    lines.push(`${k.padEnd(22)} ${f(v.p)}  ${f(v.r)}  ${f(v.f1)}  ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`);
  }
  if (verbose) {
    lines.push(`\nmissed nodes (${report.missedNodes.length}):\n  ${report.missedNodes.join("\n  ")}`);
    lines.push(`\nwrong nodes (${report.wrongNodes.length}):\n  ${report.wrongNodes.join("\n  ")}`);
    lines.push(`\nmissed edges (${report.missedEdges.length}):\n  ${report.missedEdges.join("\n  ")}`);
    lines.push(`\nwrong edges (${report.wrongEdges.length}):\n  ${report.wrongEdges.join("\n  ")}`);
  }
  const { nodes: n, edges: e } = report;
  lines.push(`nodes P=${f(n.p)} R=${f(n.r)} F1=${f(n.f1)}; edges P=${f(e.p)} R=${f(e.r)} F1=${f(e.f1)}`);
  return lines.join("\n") + "\n";
}

/** The JSON the shared scorer prints with --json. */
export function reportJson(report: EvalReport): string {
  const { gold_files, nodes, edges, per_type } = report;
  return JSON.stringify({ gold_files, nodes, edges, per_type }, null, 2) + "\n";
}

/**
 * Scores a graph against a folder of gold files: a graph.json path (read as hkg build committed
 * it), a graph built in this process, or its serialised form.
 */
export async function evaluateGold(graph: string | GraphFile | { export(): unknown }, goldDir: string): Promise<EvalReport> {
  const serialized =
    typeof graph === "string" ? await readGraphFile(graph) : "export" in graph && typeof graph.export === "function" ? (graph.export() as GraphFile) : (graph as GraphFile);
  return evaluate(serialized, readGoldDir(goldDir));
}
