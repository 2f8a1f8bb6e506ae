import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { seededRandom } from "../util/seeded-random.ts";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** distance between neighbouring nodes; the viewer's node sizes are 3–20 */
const SPACING = 12;
const SEED = 20261130;

/**
 * Positions a large graph can afford, linear in its size: Louvain communities (seeded, so the
 * same graph gives the same communities), each a disc of its nodes on a sunflower spiral (hubs in
 * the middle), the discs themselves on a spiral by area (largest in the centre). Related entities
 * end up together, and the viewer's ForceAtlas2 can refine from here. A force layout that would
 * converge at 50,000 nodes costs several times the rest of the build.
 */
export function communityLayout(graph: Graph): void {
  const community = louvain(graph, { rng: seededRandom(SEED) });
  const groups = new Map<number, string[]>();
  graph.forEachNode((key) => {
    const c = community[key]!;
    const g = groups.get(c);
    if (g) g.push(key);
    else groups.set(c, [key]);
  });
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // ordered by what they contain, not by Louvain's numbering: largest first, ties by first key
  const ordered = [...groups.values()]
    .map((keys) => keys.sort((a, b) => graph.degree(b) - graph.degree(a) || byKey(a, b)))
    .sort((a, b) => b.length - a.length || byKey(a[0]!, b[0]!));
  let area = 0;
  ordered.forEach((keys, i) => {
    // a disc of n nodes at this spacing has radius about SPACING·√n: centres placed by the area
    // taken so far keep discs from piling onto each other
    const radius = 1.5 * SPACING * Math.sqrt(area + keys.length / 2);
    area += keys.length;
    const cx = radius * Math.cos(i * GOLDEN_ANGLE);
    const cy = radius * Math.sin(i * GOLDEN_ANGLE);
    keys.forEach((key, k) => {
      const r = SPACING * Math.sqrt(k + 0.5);
      graph.mergeNodeAttributes(key, { x: cx + r * Math.cos(k * GOLDEN_ANGLE), y: cy + r * Math.sin(k * GOLDEN_ANGLE) });
    });
  });
}
