// Redraws what a hover or a selection changed, and nothing else.
//
// sigma's partial refresh re-reduces only the given nodes and edges and rewrites them in place,
// but then draws a whole frame: every node and edge again. With software WebGL a frame of 50,000
// nodes takes seconds, so on a large graph the whole frame it schedules is replaced by a redraw of
// sigma's hover layer alone, which is where everything a hover or a selection changes is drawn:
// the reducers lift those nodes there (`highlighted`), and views/focus-layer.ts draws their
// relations above the veil. The main layers keep their last frame, which these changes do not
// alter; the next whole frame (a camera move, a filter) draws from the updated data anyway.
import type Sigma from "sigma";

/** sigma keeps these private; there is no public way to refresh data without drawing a frame */
interface SigmaInternals {
  renderFrame: number | null;
  scheduleHighlightedNodesRender(): void;
}

export function refreshPart(renderer: Sigma, nodes: string[], edges: string[], wholeFrames: boolean): void {
  if (wholeFrames) {
    renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    return;
  }
  const internals = renderer as unknown as SigmaInternals;
  // a whole frame already due for another reason (the camera, a resize) must still be drawn
  const due = internals.renderFrame !== null;
  renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
  if (!due && internals.renderFrame !== null) {
    cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
  }
  internals.scheduleHighlightedNodesRender();
}
