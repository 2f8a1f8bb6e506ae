// sigma's settings by graph size. A small graph shows every label and relation name; a large
// one would spend each frame on tens of thousands of them, so it shows labels by zoom (only nodes
// drawn large enough, fewer per screen cell), hides edges and labels while the camera moves, and
// gives up what costs a pass over every edge per frame (edge labels, edges under the pointer).
import type { Settings } from "sigma/settings";

/** above this many nodes (or relations) a graph is large */
const LARGE = 5_000;
/** above this many, very large: labels only when zoomed well in */
const HUGE = 20_000;

export function sigmaSettingsFor(nodes: number, edges: number): Partial<Settings> {
  const large = isLarge(nodes, edges);
  const huge = nodes > HUGE || edges > HUGE;
  return {
    // the hovered node's relations are named by the focus layer (views/focus-layer.ts) at any size
    renderEdgeLabels: !large,
    // edges under the pointer: a second, picking pass over every edge in every frame
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // labels by zoom: a node's label shows once it is drawn at least this many pixels wide
    labelRenderedSizeThreshold: huge ? 12 : large ? 9 : 7,
    labelDensity: huge ? 0.2 : large ? 0.4 : 0.6,
    // the hovered and selected nodes go onto sigma's hover layer instead: no re-ordering of all
    zIndex: false,
  };
}

/** Whether a frame of the whole graph is dear enough that a hover must not cost one. */
export function isLarge(nodes: number, edges: number): boolean {
  return nodes > LARGE || edges > LARGE;
}
