import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { FORCE_LAYOUT_MAX_NODES, layoutGraph } from "../../src/graph/layout.ts";
import { seededRandom } from "../../src/util/seeded-random.ts";

/** `groups` groups of `size` nodes, densely linked inside, one link between consecutive groups. */
function planted(groups: number, size: number): Graph {
  const g = new Graph({ type: "directed", multi: true });
  const rand = seededRandom(7);
  for (let c = 0; c < groups; c++) for (let i = 0; i < size; i++) g.addNode(`g${c}-n${i}`, { x: 0, y: 0 });
  for (let c = 0; c < groups; c++) {
    for (let i = 0; i < size * 3; i++) {
      const a = Math.floor(rand() * size);
      const b = (a + 1 + Math.floor(rand() * (size - 1))) % size;
      g.addEdge(`g${c}-n${a}`, `g${c}-n${b}`, { weight: 1 });
    }
    if (c > 0) g.addEdge(`g${c}-n0`, `g${c - 1}-n0`, { weight: 1 });
  }
  return g;
}

const group = (key: string) => key.split("-")[0];

function spread(g: Graph): { inside: number; across: number } {
  const nodes = g.mapNodes((key, a) => ({ key, x: a.x as number, y: a.y as number }));
  const rand = seededRandom(11);
  let inside = 0;
  let across = 0;
  let ni = 0;
  let na = 0;
  for (let i = 0; i < 20_000; i++) {
    const a = nodes[Math.floor(rand() * nodes.length)]!;
    const b = nodes[Math.floor(rand() * nodes.length)]!;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    if (group(a.key) === group(b.key)) (inside += d), ni++;
    else (across += d), na++;
  }
  return { inside: inside / ni, across: across / na };
}

describe("layout of a large graph", () => {
  it(`lays a graph of more than ${FORCE_LAYOUT_MAX_NODES} nodes out by communities: related nodes together, every node apart, the same positions on every run`, () => {
    const groups = 40;
    const size = Math.ceil((FORCE_LAYOUT_MAX_NODES + 1) / groups);
    const [a, b] = [planted(groups, size), planted(groups, size)];
    layoutGraph(a);
    layoutGraph(b);
    expect(a.order).toBeGreaterThan(FORCE_LAYOUT_MAX_NODES);
    const positions = a.mapNodes((_, p) => `${p.x},${p.y}`);
    expect(positions).toEqual(b.mapNodes((_, p) => `${p.x},${p.y}`));
    expect(new Set(positions).size).toBe(a.order);
    expect(positions.every((p) => p.split(",").every((v) => Number.isFinite(Number(v))))).toBe(true);
    const { inside, across } = spread(a);
    expect(inside * 3).toBeLessThan(across);
  });

  it("keeps ForceAtlas2 for graphs up to the threshold, and for any size when iterations are asked for", () => {
    const small = planted(4, 30);
    const community = planted(4, 30);
    layoutGraph(small, { iterations: 50 });
    layoutGraph(community, { forceMaxNodes: 50 });
    // the two layouts are different algorithms, so they place the same graph differently
    expect(small.mapNodes((_, p) => `${p.x},${p.y}`)).not.toEqual(community.mapNodes((_, p) => `${p.x},${p.y}`));
    const { inside, across } = spread(community);
    expect(inside * 3).toBeLessThan(across);
  });
});
