// Issue 12, item 10: no name the build writes is too long for Neo4j to index, and a graph file
// that has one (hand-made, or from an older build) is refused before anything is written.
// The load of such a build into a real Neo4j is in tests/neo4j/neo4j-server.test.ts (one file
// for everything that writes to the database).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/index.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { documentFromBytes } from "../../src/ingest/index.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { GraphFileError, type SerializedGraph } from "../../src/graph-file/index.ts";
import { MAX_INDEXED_BYTES, planLoad } from "../../src/neo4j/index.ts";
import { MAX_NAME_LENGTH, resolve } from "../../src/resolve/index.ts";
import { LONG_NAMES_TEXT } from "../helpers/bad-input.ts";
import { smallGraph } from "../helpers/graphs.ts";

describe("names too long to index", () => {
  it("the build keeps no name longer than MAX_NAME_LENGTH, and keeps the ordinary ones", () => {
    const doc = documentFromBytes(Buffer.from(LONG_NAMES_TEXT), "long.txt", [])!;
    const kb = loadKnowledge();
    const graph = buildGraph(resolve([createExtractor(kb).extract(doc)], kb), [doc], { layout: false });
    const labels = graph.mapNodes((_, a) => a.label);
    expect(labels).toContain("宿迁经济技术开发区");
    for (const key of graph.nodes()) {
      expect(graph.getNodeAttribute(key, "label").length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      expect(Buffer.byteLength(key)).toBeLessThan(MAX_INDEXED_BYTES);
    }
  });

  it("hkg load refuses a graph file with a 9 KB name before writing, naming the node", () => {
    const g = smallGraph() as SerializedGraph;
    const long = "鑫".repeat(3000) + "产业园";
    g.nodes.push({ key: `Zone:${long}`, attributes: { ...g.nodes[0]!.attributes!, type: "Zone", label: long } });
    expect(() => planLoad(g)).toThrow(GraphFileError);
    expect(() => planLoad(g)).toThrow(/has an id of 9\d{3} bytes; Neo4j cannot index more than 8000/);
    expect(() => planLoad(smallGraph())).not.toThrow();
  });
});
