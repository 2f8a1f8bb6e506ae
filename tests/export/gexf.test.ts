import { parse } from "graphology-gexf";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/index.ts";
import { sampleGraph } from "../helpers/sample-graph.ts";
import { gexfErrors } from "../helpers/relaxng.ts";

describe("GEXF export", () => {
  it("is valid against the GEXF 1.3 RelaxNG schema", async () => {
    expect(await gexfErrors(toGexf(sampleGraph()))).toEqual([]);
  });

  it("the schema check catches an invalid document (so the validation above can fail)", async () => {
    const broken = toGexf(sampleGraph()).replace("<nodes>", "<nodes><bogus/>");
    expect((await gexfErrors(broken)).length).toBeGreaterThan(0);
  });

  it("carries typed attributes, colours, sizes and positions that Gephi reads back", () => {
    const xml = toGexf(sampleGraph());
    expect(xml).toMatch(/<attribute id="mentions" title="mentions" type="integer"\/>/);
    expect(xml).toMatch(/<attribute id="aliases" title="aliases" type="liststring"\/>/);
    expect(xml).toMatch(/<attribute id="implied" title="implied" type="boolean"\/>/);
    const back = parse(Graph, xml);
    const lab = back.getNodeAttributes("Lab:云龙湖实验室");
    expect(lab.label).toBe("云龙湖实验室");
    expect(lab.type).toBe("Lab");
    expect(lab.color).toBe("rgb(232,67,147)"); // #e84393
    expect(typeof lab.x).toBe("number");
    expect(lab.size).toBeGreaterThan(0);
    expect(back.getNodeAttribute("City:徐州市#3203", "aliases")).toEqual(["徐州", "彭城"]);
    expect(back.getNodeAttribute("City:徐州市#3203", "code")).toBe("3203");
    const edge = back.edges("Lab:云龙湖实验室", "Organization:中国矿业大学")[0]!;
    expect(back.getEdgeAttribute(edge, "type")).toBe("HOSTED_BY");
  });

  it("gives every edge its relation as GEXF kind, so Gephi keeps parallel relations apart", () => {
    const xml = toGexf(sampleGraph());
    const edges = xml.match(/<edge .*>$/gm)!;
    expect(edges).toHaveLength(sampleGraph().size);
    for (const e of edges) expect(e).toMatch(/ kind="([A-Z_]+)" label="\1"/);
  });

  it("writes colours as r/g/b in both versions (networkx reads no hex), and the 1.2 viz namespace", () => {
    for (const version of ["1.3", "1.2"] as const) {
      const xml = toGexf(sampleGraph(), { version });
      expect(xml).not.toMatch(/hex=/);
      expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    }
    expect(toGexf(sampleGraph(), { version: "1.2" })).toMatch(/xmlns:viz="http:\/\/www\.gexf\.net\/1\.2draft\/viz"/);
  });

  it("writes names with quotes and markup as data", async () => {
    const xml = toGexf(sampleGraph());
    const back = parse(Graph, xml);
    expect(back.getNodeAttribute("Project:'引号'\\反斜杠\\ })", "label")).toBe("'引号'\\反斜杠\\ })");
  });
});
