// A synthetic graph.json of the given size (seeded, so every run is the same) for the viewer's
// benchmark and its large-graph test: clustered positions like a real layout, types and relations
// from the ontology.
import { NODE_COLORS, NODE_TYPES, RELATION_COLORS, RELATION_TYPES } from "../src/ontology/index.ts";

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = "淮海徐州宿迁连云港商丘枣庄济宁临沂菏泽淮北宿州新区科技产业园集团实验室项目中心高铁大学研究院";

export function largeGraphJson(nodes: number, edges: number): string {
  const r = rng(20);
  const clusters = Array.from({ length: 40 }, () => [r() * 2000 - 1000, r() * 2000 - 1000] as const);
  const out = {
    attributes: { name: `synthetic ${nodes}`, generator: "bench/large-graph.ts", documents: [] },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [] as unknown[],
    edges: [] as unknown[],
  };
  for (let i = 0; i < nodes; i++) {
    const type = NODE_TYPES[i % NODE_TYPES.length]!;
    const [cx, cy] = clusters[i % clusters.length]!;
    let label = "";
    for (let k = 0; k < 4 + (i % 5); k++) label += CHARS[Math.floor(r() * CHARS.length)];
    out.nodes.push({
      key: `n${i}`,
      attributes: { type, label: `${label}${i}`, aliases: [], implied: false, mentions: 1 + Math.floor(r() * 10), docs: [], evidence: [], x: cx + (r() - 0.5) * 200, y: cy + (r() - 0.5) * 200, size: 3, color: NODE_COLORS[type] },
    });
  }
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(r() * nodes);
    // mostly within a cluster, as a real layout would place related nodes
    const t = (s + 40 * (1 + Math.floor(r() * 20))) % nodes;
    const type = RELATION_TYPES[i % RELATION_TYPES.length]!;
    out.edges.push({ key: `e${i}`, source: `n${s}`, target: `n${t}`, attributes: { type, weight: 1, register: false, evidence: [], color: RELATION_COLORS[type] } });
  }
  return JSON.stringify(out);
}
