// sigma reducers: how each node and edge is drawn, derived from the graph and the view state
// without ever copying or mutating the graph. Each call is constant time.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { edgeShown, nodeShown } from "./filters.ts";
import type { Communities } from "./metrics.ts";
import type { ViewState } from "./state.ts";
import type { ViewerEdge, ViewerGraph, ViewerNode } from "./types.ts";

const DIM_NODE = "#e4e4e4";
const DIM_EDGE = "#f0f0f0";

export interface ReducerContext {
  graph: ViewerGraph;
  state: () => ViewState;
  sizes: () => Map<string, number>;
  communities: () => Communities | null;
  /** the hovered node and its neighbours, rebuilt on hover only */
  focus: () => ReadonlySet<string> | null;
}

export function makeNodeReducer(ctx: ReducerContext) {
  return (node: string, a: ViewerNode): Partial<NodeDisplayData> => {
    const s = ctx.state();
    const out: Partial<NodeDisplayData> = { x: a.x, y: a.y, label: a.label, size: ctx.sizes().get(node) ?? a.size, color: a.color, type: "circle" };
    if (!nodeShown(s, a)) return { ...out, hidden: true };
    const comm = s.colorBy === "community" ? ctx.communities() : null;
    if (comm) out.color = comm.colors[comm.of.get(node) ?? 0] ?? a.color;
    const focus = ctx.focus();
    if (focus && !focus.has(node)) {
      out.color = DIM_NODE;
      out.label = "";
      out.zIndex = 0;
    } else if (focus) {
      out.zIndex = 1;
      out.forceLabel = true;
    }
    if (node === s.selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  };
}

export function makeEdgeReducer(ctx: ReducerContext) {
  return (edge: string, a: ViewerEdge): Partial<EdgeDisplayData> => {
    const s = ctx.state();
    const out: Partial<EdgeDisplayData> = { label: a.relation, color: a.color, size: 1 + Math.min(4, Math.log2(a.weight || 1)), type: "arrow" };
    if (!edgeShown(s, ctx.graph, edge, a)) return { ...out, hidden: true };
    const hovered = s.hovered;
    if (hovered !== null) {
      if (ctx.graph.hasExtremity(edge, hovered)) out.forceLabel = true;
      else {
        out.color = DIM_EDGE;
        out.label = "";
      }
    }
    if (edge === s.hoveredEdge) {
      out.forceLabel = true;
      out.size = (out.size ?? 1) + 2;
    }
    return out;
  };
}
