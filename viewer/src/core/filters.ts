import type { ViewState } from "./state.ts";
import type { ViewerEdge, ViewerGraph, ViewerNode } from "./types.ts";

// Constant-time checks: the reducers call these for every node on each refresh.
export function nodeShown(s: ViewState, n: ViewerNode): boolean {
  if (s.hiddenKinds.has(n.kind)) return false;
  if (s.hideImplied && n.implied) return false;
  // Implied nodes have no mentions by definition; the implied toggle alone decides them.
  if (!n.implied && n.mentions < s.minMentions) return false;
  return true;
}

export function edgeShown(s: ViewState, graph: ViewerGraph, edge: string, e: ViewerEdge): boolean {
  if (s.hiddenRelations.has(e.relation)) return false;
  return nodeShown(s, graph.getSourceAttributes(edge)) && nodeShown(s, graph.getTargetAttributes(edge));
}
