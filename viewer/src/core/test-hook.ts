/**
 * What the viewer exposes on window.__hkg for the browser tests: read-only views of sigma's
 * rendered state, so a test can tell what is actually drawn rather than what the store says.
 */
export interface HkgTestHook {
  ready: boolean;
  /** keys of the nodes sigma currently draws (not hidden by the reducers) */
  displayedNodes(): string[];
  displayedLabels(): string[];
  displayedEdges(): string[];
  selected(): string | null;
  /** the node under the pointer, as the view state has it */
  hovered(): string | null;
  /**
   * nodes and edges the reducers were run for since the graph was mounted: a test acts and
   * compares, to tell a partial refresh from a redraw of the whole graph
   */
  reduced(): { nodes: number; edges: number };
  /** where a node is drawn, in CSS pixels of the sigma container */
  nodeScreenPosition(label: string): { x: number; y: number } | null;
  /** frames sigma has drawn since the page loaded (all graphs): a test waits for one more after acting */
  renders(): number;
  /** nothing left to draw: no frame scheduled and no camera animation under way */
  settled(): boolean;
}

declare global {
  interface Window {
    __hkg?: HkgTestHook;
  }
}
