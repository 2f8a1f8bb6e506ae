// the graph type from graphology-types (graphology's own declarations read as CommonJS under
// NodeNext, where their default export is not a type): a package user's tsc resolves this one
import type { AbstractGraph as Graph } from "graphology-types";
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
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? forceAtlas2Iterations(order),
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: order > 500, adjustSizes: false },
  });
  noverlap.assign(graph, {
    maxIterations: order < 5000 ? 200 : 50,
    // noverlap compares the nodes sharing a grid cell pairwise: a grid that grows with √n keeps
    // about the same number of nodes per cell, so the pass stays linear instead of quadratic
    settings: { margin: 2, ratio: 1.1, gridSize: Math.max(20, Math.ceil(Math.sqrt(order))) },
  });
  // round so that output bytes do not depend on floating-point noise in the last digits
  graph.forEachNode((_, attrs) => {
    attrs.x = Math.round(attrs.x * 100) / 100;
    attrs.y = Math.round(attrs.y * 100) / 100;
  });
}

/**
 * A budget that falls smoothly with size: 500 iterations up to 1,000 nodes, then inversely
 * proportional (Barnes-Hut iterations cost n log n), never below 50.
 */
export function forceAtlas2Iterations(order: number): number {
  return Math.max(50, Math.min(500, Math.round(500_000 / Math.max(1, order))));
}

function startPoint(key: string): [number, number] {
  const h = createHash("sha1").update(key).digest();
  return [(h.readUInt32BE(0) / 0xffffffff - 0.5) * 1000, (h.readUInt32BE(4) / 0xffffffff - 0.5) * 1000];
}
