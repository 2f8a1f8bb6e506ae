// Issue 12, item 2: GEXF stays XML whatever characters a document or a name carries.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/pipeline/index.ts";
import { toGexf } from "../../src/export/index.ts";
import { gexfErrors } from "../helpers/relaxng.ts";
import { sampleGraph } from "../helpers/sample-graph.ts";

const dir = mkdtempSync(path.join(tmpdir(), "hkg-gexf-chars-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// every character XML 1.0 cannot hold, escaped or not
const BAD = ["\0", "\x01", "\x08", "\x1b[31m", "\x7f", "\uffff", "\ufffe", "\ud800"];

describe("GEXF with characters XML forbids", () => {
  it("names and evidence holding NUL, C0 controls, lone surrogates and U+FFFF still validate", async () => {
    const g = sampleGraph();
    const label = `徐州${BAD.join("")}产业园`;
    g.addNode(`Zone:${label}`, { ...g.getNodeAttributes("Lab:云龙湖实验室"), type: "Zone", label, aliases: [`别名${BAD.join("")}`] });
    g.addDirectedEdgeWithKey(`LOCATED_IN:Zone:${label}`, `Zone:${label}`, "City:徐州市#3203", { ...g.getEdgeAttributes(g.edges()[0]!), type: "LOCATED_IN" });
    g.updateNodeAttribute("Lab:云龙湖实验室", "evidence", (ev) => ev!.map((e) => ({ ...e, text: e.text + BAD.join("") })));
    const xml = toGexf(g);
    expect(await gexfErrors(xml)).toEqual([]);
    const back = parse(Graph, xml);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
  });

  it("a built corpus with control characters in text and &#65535; in a page gives a valid GEXF", async () => {
    writeFileSync(path.join(dir, "a.txt"), `徐州高新区\x01\x08加快建设\x1b[31m云龙湖实验室\x1b[0m，依托中国矿业大学\0建设。\n徐州市推进安全科技产业园\uffff建设。\n${"徐州市是淮海经济区中心城市，徐州高新区加快发展。".repeat(30)}`);
    writeFileSync(
      path.join(dir, "b.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>新闻</title></head><body><div><p>连云港市建设连云港石化产业基地&#65535;和徐圩新区&#1;。</p><p>宿迁市推进宿迁经济技术开发区建设。</p></div></body></html>`,
    );
    const { graph, summary } = await build([dir], { layout: false });
    expect(summary.documents).toBe(2);
    expect(graph.order).toBeGreaterThan(3);
    expect(await gexfErrors(toGexf(graph))).toEqual([]);
  });
});
