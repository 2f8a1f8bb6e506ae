// ForceAtlas2 in a web worker: the page keeps drawing and answering while the layout runs.
// FA2 itself is deterministic, and it starts from the positions the build computed.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewerGraph } from "./types.ts";

export class LayoutController {
  private layout: FA2Layout | null = null;
  constructor(private graph: ViewerGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (!this.layout) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.layout = new FA2Layout(this.graph, {
        settings: { ...settings, barnesHutOptimize: this.graph.order > 2000, adjustSizes: false },
      });
    }
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  kill(): void {
    this.layout?.kill();
    this.layout = null;
  }
}
