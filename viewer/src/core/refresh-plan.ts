// What sigma must redo after a change of view state. A filter, the sizes or the colours change
// what is drawn everywhere: the whole graph. A hover or a selection changes a handful of nodes
// (an edge, when edges can be hovered): only those are reduced again and rewritten in place (sigma's partial refresh,
// without re-indexing, since no position, size or visibility moves).
import { FILTER_KEYS, type ViewState } from "./state.ts";
import type { ViewerGraph } from "./types.ts";

export type RefreshPlan = { kind: "none" } | { kind: "full" } | { kind: "partial"; nodes: string[]; edges: string[] };

/** Keys whose change redraws everything (those that decide visibility, size or colour of all). */
const WHOLE_GRAPH: readonly (keyof ViewState)[] = [...FILTER_KEYS, "sizeBy", "colorBy"];

/** The hovered node and its neighbours: what a hover lifts above the rest. */
export function focusOf(graph: ViewerGraph, hovered: string | null): Set<string> | null {
  if (hovered === null || !graph.hasNode(hovered)) return null;
  const focus = new Set<string>([hovered]);
  graph.forEachNeighbor(hovered, (n) => focus.add(n));
  return focus;
}

export function planRefresh(graph: ViewerGraph, s: ViewState, prev: ViewState, focus: ReadonlySet<string> | null, prevFocus: ReadonlySet<string> | null): RefreshPlan {
  if (WHOLE_GRAPH.some((k) => s[k] !== prev[k])) return { kind: "full" };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const node = (k: string | null) => k !== null && graph.hasNode(k) && nodes.add(k);
  const edge = (k: string | null) => k !== null && graph.hasEdge(k) && edges.add(k);
  if (s.hovered !== prev.hovered) {
    // the hovered node's relations are not the reducers' business: views/focus-layer.ts draws them
    for (const f of [prevFocus, focus]) if (f) for (const k of f) nodes.add(k);
  }
  if (s.hoveredEdge !== prev.hoveredEdge) [prev.hoveredEdge, s.hoveredEdge].forEach(edge);
  if (s.selected !== prev.selected) [prev.selected, s.selected].forEach(node);
  if (!nodes.size && !edges.size) return { kind: "none" };
  return { kind: "partial", nodes: [...nodes], edges: [...edges] };
}
