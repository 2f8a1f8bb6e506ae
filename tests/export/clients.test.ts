// The graph files as clients nobody on this project wrote read them: Gephi (its own importer from
// the Gephi Toolkit) for GEXF 1.3 and 1.2, networkx (Debian's) for GEXF 1.2 and GraphML. Each must
// hold every node, every edge (parallel relations included), every attribute value and position
// that graph.json holds.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/pipeline/index.ts";
import { toGexf } from "../../src/export/index.ts";
import { probeGephi, readWithGephi } from "../helpers/gephi.ts";
import { probeNetworkx, readWithNetworkx } from "../helpers/networkx.ts";

const corpus = path.resolve(import.meta.dirname, "../../corpus");

interface JsonNode {
  key: string;
  attributes: { type: string; code?: string; aliases: string[]; evidence: unknown[]; years?: number[]; x: number; y: number };
}
interface JsonEdge {
  source: string;
  target: string;
  attributes: { type: string; evidence: unknown[]; years?: number[] };
}

let out: string;
let nodes: JsonNode[];
let documentDateBounds: [string, string];
let edges: JsonEdge[];
const count = <T>(items: T[], test: (t: T) => boolean) => items.filter(test).length;
const perType = () => {
  const types: Record<string, number> = {};
  for (const e of edges) types[e.attributes.type] = (types[e.attributes.type] ?? 0) + 1;
  return types;
};

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "hkg-clients-"));
  const { graph } = await build([corpus], { out });
  writeFileSync(path.join(out, "graph-1.2.gexf"), toGexf(graph, { version: "1.2" }));
  const json = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8"));
  nodes = json.nodes;
  edges = json.edges;
  const dates = (json.attributes.documents as { date?: string }[]).flatMap((d) => (d.date ? [d.date] : [])).sort();
  documentDateBounds = [dates[0]!, dates[dates.length - 1]!];
});

it("the bundled graph has parallel relations (LEADS and MEMBER_OF between one pair), so merging would show", () => {
  const pairs = new Set<string>();
  const parallel = edges.filter((e) => pairs.size === pairs.add(`${e.source}>${e.target}`).size);
  expect(parallel.length).toBeGreaterThan(0);
});

/** firstSeen, lastSeen and years: on every node or edge a dated document states */
const dated = (items: { attributes: { years?: number[] } }[]) => {
  const n = count(items, (i) => !!i.attributes.years?.length);
  return { firstSeen: n, lastSeen: n, years: n };
};

it("the bundled graph has dated and undated nodes and edges, so both kinds are read", () => {
  for (const items of [nodes, edges]) {
    expect(dated(items).years).toBeGreaterThan(0);
    expect(dated(items).years).toBeLessThan(items.length);
  }
});

const gephi = probeGephi();

describe.skipIf(!gephi.available)("Gephi Toolkit opens graph.gexf whole", () => {
  for (const file of ["graph.gexf", "graph-1.2.gexf"]) {
    it(`${file}: every node, edge, kind, attribute value, colour, size and position`, () => {
      const g = readWithGephi(path.join(out, file));
      expect(g.nodes).toBe(nodes.length);
      expect(g.edges).toBe(edges.length);
      expect(g.edgeKinds).toEqual(perType());
      expect(g.nodeValues).toEqual({
        type: nodes.length,
        mentions: nodes.length,
        implied: nodes.length,
        code: count(nodes, (n) => !!n.attributes.code),
        aliases: count(nodes, (n) => n.attributes.aliases.length > 0),
        evidence: count(nodes, (n) => n.attributes.evidence.length > 0),
        ...dated(nodes),
      });
      expect(g.edgeValues).toEqual({ type: edges.length, register: edges.length, evidence: count(edges, (e) => e.attributes.evidence.length > 0), ...dated(edges) });
      expect(g.positioned).toBe(count(nodes, (n) => n.attributes.x !== 0 || n.attributes.y !== 0));
      expect(g.positioned).toBe(nodes.length);
      expect(g.coloured).toBe(nodes.length);
      expect(g.sized).toBe(nodes.length);
      expect(g.issues.filter((i) => !i.startsWith("INFO: GEXF version"))).toEqual([]);
      if (file === "graph.gexf") {
        // Gephi's timeline: every dated node and edge has a time set, spanning the documents' dates
        expect(g.timedNodes).toBe(dated(nodes).years);
        expect(g.timedEdges).toBe(dated(edges).years);
        expect(g.timeBounds).toEqual(documentDateBounds);
      } else expect([g.timedNodes, g.timedEdges, g.timeBounds]).toEqual([0, 0, null]);
    });
  }
});

const networkx = probeNetworkx();

describe.skipIf(!networkx.available)("networkx reads GEXF 1.2 and GraphML whole", () => {
  it("graph-1.2.gexf: every node, edge, attribute value and viz element", () => {
    const g = readWithNetworkx("gexf", path.join(out, "graph-1.2.gexf"));
    expect(g.graph).toBe("MultiDiGraph");
    expect(g.nodes).toBe(nodes.length);
    expect(g.edges).toBe(edges.length);
    expect(g.edgeTypes).toEqual(perType());
    expect(g.nodeValues).toMatchObject({
      label: nodes.length,
      type: nodes.length,
      code: count(nodes, (n) => !!n.attributes.code),
      aliases: count(nodes, (n) => n.attributes.aliases.length > 0),
      ...dated(nodes),
    });
    expect(g.viz).toEqual({ color: nodes.length, size: nodes.length, position: nodes.length });
  });

  it("graph.graphml: every node, edge and attribute value, parallel relations kept", () => {
    const g = readWithNetworkx("graphml", path.join(out, "graph.graphml"));
    expect(g.graph).toBe("MultiDiGraph");
    expect(g.nodes).toBe(nodes.length);
    expect(g.edges).toBe(edges.length);
    expect(g.edgeTypes).toEqual(perType());
    expect(g.nodeValues).toEqual({
      label: nodes.length,
      type: nodes.length,
      mentions: nodes.length,
      implied: nodes.length,
      x: nodes.length,
      y: nodes.length,
      size: nodes.length,
      color: nodes.length,
      code: count(nodes, (n) => !!n.attributes.code),
      aliases: count(nodes, (n) => n.attributes.aliases.length > 0),
      evidence: count(nodes, (n) => n.attributes.evidence.length > 0),
      ...dated(nodes),
    });
    expect(g.edgeValues).toMatchObject({ type: edges.length, weight: edges.length, register: edges.length, color: edges.length, ...dated(edges) });
    expect(g.edgeValues.evidence).toBe(count(edges, (e) => e.attributes.evidence.length > 0));
  });
});
