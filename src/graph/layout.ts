import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { createHash } from "node:crypto";

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default scales down with graph size to stay roughly linear */
  iterations?: number;
}

/**
 * Positions for a readable first picture: start points derived from each node's key (so the result
 * does not depend on insertion order or a random seed), ForceAtlas2, then noverlap.
 */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): void {
  graph.forEachNode((key, attrs) => {
    const [x, y] = startPoint(key);
    attrs.x = x;
    attrs.y = y;
  });
  if (graph.order === 0) return;
  const order = graph.order;
  const iterations = options.iterations ?? (order < 500 ? 500 : order < 5000 ? 150 : 50);
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: order > 1000, adjustSizes: false } });
  noverlap.assign(graph, { maxIterations: order < 5000 ? 200 : 50, settings: { margin: 2, ratio: 1.1 } });
  // round so that output bytes do not depend on floating-point noise in the last digits
  graph.forEachNode((_, attrs) => {
    attrs.x = Math.round(attrs.x * 100) / 100;
    attrs.y = Math.round(attrs.y * 100) / 100;
  });
}

function startPoint(key: string): [number, number] {
  const h = createHash("sha1").update(key).digest();
  return [(h.readUInt32BE(0) / 0xffffffff - 0.5) * 1000, (h.readUInt32BE(4) / 0xffffffff - 0.5) * 1000];
}
