import type { Extraction } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { SYMMETRIC_RELATIONS, type NodeType, type RelationType } from "../ontology/index.ts";
import { entityKey } from "./keys.ts";
import type { Occurrence, ResolvedEntity, ResolvedGraph, ResolvedRelation } from "./types.ts";

export type { Occurrence, ResolvedEntity, ResolvedGraph, ResolvedRelation } from "./types.ts";
export { entityKey } from "./keys.ts";

/**
 * Merges every document's mentions into one entity per real thing, and adds what the register and
 * curated data know: parents of every administrative node up to its province, region membership.
 */
export function resolve(extractions: Extraction[], kb: Knowledge): ResolvedGraph {
  const entities = new Map<string, ResolvedEntity & { names: Set<string> }>();
  const relations = new Map<string, ResolvedRelation>();

  const entity = (type: NodeType, label: string, code: string | undefined, implied: boolean) => {
    const key = entityKey(type, label, code);
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, type, label, aliases: [], code, implied, occurrences: [], names: new Set() }));
    if (!implied) e.implied = false;
    return e;
  };
  const relate = (type: RelationType, source: string, target: string, register: boolean, at?: Occurrence) => {
    if (source === target) return;
    if (SYMMETRIC_RELATIONS.has(type) && source > target) [source, target] = [target, source];
    const key = `${type}|${source}|${target}`;
    let r = relations.get(key);
    if (!r) relations.set(key, (r = { type, source, target, register, occurrences: [] }));
    if (!register) r.register = false;
    if (at) r.occurrences.push(at);
  };

  for (const ex of extractions) {
    const keys = ex.mentions.map((m) => {
      const e = entity(m.type, m.canonical ?? m.name, m.code, false);
      e.names.add(m.name);
      e.occurrences.push({ doc: ex.doc, sentence: m.sentence, start: m.start, end: m.end });
      return e.key;
    });
    for (const r of ex.relations) {
      const h = ex.mentions[r.head]!;
      const t = ex.mentions[r.tail]!;
      relate(r.type, keys[r.head]!, keys[r.tail]!, false, { doc: ex.doc, sentence: r.sentence, start: Math.min(h.start, t.start), end: Math.max(h.end, t.end) });
    }
  }

  // administrative containment from the register, parents added as implied nodes
  for (const e of [...entities.values()]) {
    if (!e.code) continue;
    const chain = kb.admin.chain(e.code);
    for (let i = 0; i + 1 < chain.length; i++) {
      const child = chain[i]!;
      const parent = chain[i + 1]!;
      const c = entity(child.type, child.name, child.code, true);
      const p = entity(parent.type, parent.name, parent.code, true);
      relate("PART_OF", c.key, p.key, true);
    }
  }

  // membership of curated regions, for member cities present in the graph
  const citiesByName = new Map<string, string>();
  for (const e of entities.values()) if (e.type === "City") citiesByName.set(e.label, e.key);
  for (const region of kb.regions) {
    const members = (region.members?.cities ?? []).map((c) => citiesByName.get(c)).filter((k): k is string => !!k);
    if (!members.length) continue;
    const r = entity("Region", region.name, undefined, true);
    for (const m of members) relate("MEMBER_OF", m, r.key, true);
  }

  const out: ResolvedEntity[] = [...entities.values()].map(({ names, ...e }) => ({
    ...e,
    aliases: [...names].filter((n) => n !== e.label).sort(),
  }));
  return {
    entities: out.sort((a, b) => cmp(a.key, b.key)),
    relations: [...relations.values()].sort((a, b) => cmp(`${a.type}|${a.source}|${a.target}`, `${b.type}|${b.source}|${b.target}`)),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
