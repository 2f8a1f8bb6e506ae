import { SYMMETRIC_RELATIONS, type RelationType } from "./ontology.ts";
import type { ShownEvidence, ViewerGraph } from "./types.ts";

export type Direction = "out" | "in" | "both";

export interface Neighbour {
  key: string;
  label: string;
  kind: string;
  edge: string;
  evidence: ShownEvidence[];
}

export interface NeighbourGroup {
  relation: string;
  direction: Direction;
  items: Neighbour[];
}

/** A node's neighbours grouped by relation and direction (out: this node is the subject). */
export function groupNeighbours(graph: ViewerGraph, node: string, keep: (edge: string) => boolean = () => true): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (!keep(edge)) return;
    const other = source === node ? target : source;
    const direction: Direction = SYMMETRIC_RELATIONS.has(a.relation as RelationType) ? "both" : source === node ? "out" : "in";
    const id = `${a.relation}:${direction}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { relation: a.relation, direction, items: [] }));
    const o = graph.getNodeAttributes(other);
    g.items.push({ key: other, label: o.label, kind: o.kind, edge, evidence: a.evidence });
  });
  const order = (d: Direction) => (d === "out" ? 0 : d === "both" ? 1 : 2);
  return [...groups.values()]
    .sort((a, b) => order(a.direction) - order(b.direction) || a.relation.localeCompare(b.relation))
    .map((g) => ({ ...g, items: g.items.sort((a, b) => a.label.localeCompare(b.label, "zh")) }));
}

/** Splits a sentence around the mention, using document offsets when the evidence has them. */
export function highlightParts(e: ShownEvidence): { before: string; mention: string; after: string } {
  if (e.start === undefined || e.end === undefined || e.sentenceStart === undefined) return { before: e.text, mention: "", after: "" };
  const s = Math.max(0, Math.min(e.text.length, e.start - e.sentenceStart));
  const t = Math.max(s, Math.min(e.text.length, e.end - e.sentenceStart));
  return { before: e.text.slice(0, s), mention: e.text.slice(s, t), after: e.text.slice(t) };
}
