import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { SourceDocument } from "../ingest/index.ts";
import {
  EVIDENCE_SAMPLE,
  NODE_COLORS,
  RELATION_COLORS,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
} from "../ontology/index.ts";
import type { Occurrence, ResolvedGraph } from "../resolve/index.ts";
import { layoutGraph, type LayoutOptions } from "./layout.ts";
import { timeOf } from "./time.ts";

// typed by graphology-types, not graphology: see layout.ts
export type KnowledgeGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export { layoutGraph } from "./layout.ts";

export interface BuildGraphOptions {
  layout?: LayoutOptions | false;
  name?: string;
}

/** The resolved entities and relations as a graphology graph carrying evidence, colours, sizes and positions. */
export function buildGraph(resolved: ResolvedGraph, documents: SourceDocument[], options: BuildGraphOptions = {}): KnowledgeGraph {
  const docs = new Map(documents.map((d) => [d.id, d]));
  // multi: two places can stand in several relations at once (徐州市 MEMBER_OF and LEADS 淮海经济区)
  const graph: KnowledgeGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    name: options.name ?? "huaihai-kg",
    generator: "huaihai-kg 0.1.0",
    documents: [...documents]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map((d) => ({ id: d.id, file: d.file, title: d.title, ...(d.date ? { date: d.date, dateFrom: d.dateFrom ?? "text" } : {}), chars: d.text.length })),
  });
  for (const e of resolved.entities) {
    graph.addNode(e.key, {
      type: e.type,
      label: e.label,
      aliases: e.aliases,
      ...(e.code ? { code: e.code } : {}),
      implied: e.implied,
      mentions: e.occurrences.length,
      docs: [...new Set(e.occurrences.map((o) => o.doc))].sort(),
      evidence: evidence(e.occurrences, docs),
      occurrences: e.occurrences.map((o) => [o.doc, o.sentence, o.start, o.end]),
      ...timeOf(e.occurrences, docs),
      x: 0,
      y: 0,
      size: 1,
      color: NODE_COLORS[e.type],
    });
  }
  for (const r of resolved.relations) {
    const sentences = new Set(r.occurrences.map((o) => `${o.doc}#${o.sentence}`));
    graph.addDirectedEdgeWithKey(`${r.type}:${r.source}->${r.target}`, r.source, r.target, {
      type: r.type,
      weight: Math.max(1, sentences.size),
      register: r.register,
      evidence: evidence(r.occurrences, docs),
      ...(r.occurrences.length ? { docs: [...new Set(r.occurrences.map((o) => o.doc))].sort() } : {}),
      ...timeOf(r.occurrences, docs),
      color: RELATION_COLORS[r.type],
    });
  }
  graph.forEachNode((key, attrs) => {
    attrs.size = Math.round((3 + 2 * Math.sqrt(graph.degree(key))) * 100) / 100;
  });
  if (options.layout !== false) layoutGraph(graph, options.layout);
  return graph;
}

/** A bounded sample: one occurrence per sentence, in document order, first documents first. */
function evidence(occurrences: Occurrence[], docs: Map<string, SourceDocument>): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const o of occurrences) {
    const id = `${o.doc}#${o.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const doc = docs.get(o.doc);
    const s = doc?.sentences[o.sentence];
    if (!doc || !s) continue;
    out.push({ doc: o.doc, sentence: o.sentence, start: o.start, end: o.end, text: doc.text.slice(s.start, s.end), sentenceStart: s.start });
    if (out.length >= EVIDENCE_SAMPLE) break;
  }
  return out;
}
