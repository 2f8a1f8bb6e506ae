import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/export/index.ts";
import { NODE_TYPES, RELATION_TYPES } from "../../src/ontology/index.ts";
import { sampleGraph } from "../helpers/sample-graph.ts";


describe("graph.json export", () => {

  it("is graphology's serialised form with the ontology's attributes", () => {
    const data = JSON.parse(toJson(sampleGraph()));
    expect(Object.keys(data)).toEqual(["attributes", "options", "nodes", "edges"]);
    const g = Graph.from(data);
    expect(g.order).toBe(5);
    g.forEachNode((_, a) => {
      expect(NODE_TYPES).toContain(a.type);
      expect(typeof a.label).toBe("string");
      expect(Array.isArray(a.aliases)).toBe(true);
    });
    g.forEachEdge((_, a) => expect(RELATION_TYPES).toContain(a.type));
    const lab = g.getNodeAttributes("Lab:云龙湖实验室");
    expect(lab.evidence[0]).toMatchObject({ doc: "d0c0ffee00000001", sentence: 0, start: 0, end: 6, text: "云龙湖实验室依托中国矿业大学建设。" });
    expect(g.getEdgeAttributes(g.edge("City:徐州市#3203", "Province:江苏省#32")!).register).toBe(true);
  });
});
