// sigma reducers: how each node and edge is drawn, derived from the graph and the view state
// without ever mutating the graph (sigma hands the reducer its own shallow copy of the
// attributes, which is filled in and returned rather than copied again). Each call is constant
// time; a hover or a selection calls them only for what it changes (see refresh-plan.ts).
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { edgeShown, nodeShown } from "./filters.ts";
import type { Communities } from "./metrics.ts";
import type { ViewState } from "./state.ts";
import type { ViewerEdge, ViewerGraph, ViewerNode } from "./types.ts";

export interface ReducerContext {
  graph: ViewerGraph;
  state: () => ViewState;
  sizes: () => Map<string, number>;
  communities: () => Communities | null;
  /** the hovered node and its neighbours, rebuilt on hover only */
  focus: () => ReadonlySet<string> | null;
  /** counts every call, for the test hook: how much of the graph an event made sigma redo */
  counted?: { nodes: number; edges: number };
}

type Display<T> = Partial<T> & Record<string, unknown>;

export function makeNodeReducer(ctx: ReducerContext) {
  return (node: string, a: ViewerNode): Partial<NodeDisplayData> => {
    if (ctx.counted) ctx.counted.nodes++;
    const s = ctx.state();
    const out = a as unknown as Display<NodeDisplayData>;
    out.size = ctx.sizes().get(node) ?? a.size;
    out.type = "circle";
    if (!nodeShown(s, a)) {
      out.hidden = true;
      return out;
    }
    const comm = s.colorBy === "community" ? ctx.communities() : null;
    if (comm) out.color = comm.colors[comm.of.get(node) ?? 0] ?? a.color;
    // The hovered node and its neighbours are lifted onto sigma's hover layer, above the veil
    // that dims the rest (app.ts): only they change when the pointer moves, not the whole graph.
    const focus = ctx.focus();
    if ((focus && focus.has(node)) || node === s.selected) {
      out.highlighted = true;
      out.forceLabel = true;
    }
    return out;
  };
}

export function makeEdgeReducer(ctx: ReducerContext) {
  return (edge: string, a: ViewerEdge): Partial<EdgeDisplayData> => {
    if (ctx.counted) ctx.counted.edges++;
    const s = ctx.state();
    const out = a as unknown as Display<EdgeDisplayData>;
    out.label = a.relation;
    out.size = 1 + Math.min(4, Math.log2(a.weight || 1));
    out.type = "arrow";
    if (!edgeShown(s, ctx.graph, edge, a)) {
      out.hidden = true;
      return out;
    }
    // the hovered node's relations are drawn and named above the veil by views/focus-layer.ts
    if (edge === s.hoveredEdge) {
      out.forceLabel = true;
      out.size += 2;
    }
    return out;
  };
}
