import { describe, expect, it } from "vitest";
import { toGraphml } from "../../src/export/index.ts";
import { sampleGraph } from "../helpers/sample-graph.ts";

describe("GraphML export", () => {
  it("declares a typed key for every attribute it writes and one <edge> per relation", () => {
    const g = sampleGraph();
    const xml = toGraphml(g);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const used of new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]))) expect(declared).toContain(used);
    expect(xml.match(/<edge /g)).toHaveLength(g.size);
    expect(xml.match(/<node /g)).toHaveLength(g.order);
    expect(xml).toMatch(/<key id="mentions" for="node" attr.name="mentions" attr.type="int"\/>/);
  });

  it("writes markup as text and replaces characters XML cannot hold", () => {
    const g = sampleGraph();
    g.setNodeAttribute("Lab:云龙湖实验室", "label", "<b>云龙湖</b>&\u0001实验室");
    const xml = toGraphml(g);
    expect(xml).toContain("&lt;b&gt;云龙湖&lt;/b&gt;&amp;\uFFFD实验室");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
