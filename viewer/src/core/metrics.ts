// Node sizes (degree or PageRank) and Louvain communities, computed once per graph on demand
// and kept in maps the reducers read, so switching never touches the graph itself.
import pagerank from "graphology-metrics/centrality/pagerank";
import louvain from "graphology-communities-louvain";
import { seededRandom } from "./random.ts";
import type { SizeBy } from "./state.ts";
import type { ViewerGraph } from "./types.ts";

const MIN = 3;
const MAX = 18;

function scale(values: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  const out = new Map<string, number>();
  for (const [k, v] of values) out.set(k, max > 0 ? MIN + (MAX - MIN) * Math.sqrt(v / max) : MIN);
  return out;
}

export function computeSizes(graph: ViewerGraph, by: SizeBy): Map<string, number> {
  if (by === "file") return new Map(graph.mapNodes((k, a) => [k, a.size] as const));
  if (by === "pagerank") {
    try {
      const pr = pagerank(graph, { getEdgeWeight: null });
      return scale(new Map(Object.entries(pr)));
    } catch {
      // PageRank can fail to converge on odd graphs; degree is a fair stand-in.
    }
  }
  return scale(new Map(graph.mapNodes((k) => [k, graph.degree(k)] as const)));
}

export interface Communities {
  of: Map<string, number>;
  colors: string[];
  count: number;
}

export function computeCommunities(graph: ViewerGraph): Communities {
  const parts = graph.size > 0 ? louvain(graph, { rng: seededRandom(42), getEdgeWeight: null }) : {};
  const of = new Map<string, number>();
  // Renumber by community size so the biggest communities get the most distinct colours.
  const sizes = new Map<number, number>();
  for (const c of Object.values(parts)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([c], i) => [c, i]));
  graph.forEachNode((k) => of.set(k, parts[k] === undefined ? rank.size : rank.get(parts[k]!)!));
  const count = rank.size + 1;
  // Golden-angle hues: neighbouring community numbers get far-apart colours.
  const colors = Array.from({ length: count }, (_, i) => hslHex((i * 137.508) % 360, 0.65, i % 2 ? 0.42 : 0.52));
  return { of, colors, count };
}

/** Hex rather than hsl(): GEXF viz colours and sigma's WebGL colour parser both take it. */
function hslHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, "0");
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}
