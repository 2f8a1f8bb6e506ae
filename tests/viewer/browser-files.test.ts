// The viewer in a real headless Chromium, served by the serve stage exactly as `hkg serve` does:
// other graphs, opened from a file, dropped on the page or served as GEXF, and a large one.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import { startServer } from "../../src/serve/index.ts";
import { largeGraphJson } from "../../bench/large-graph.ts";
import { displayed, FIXTURE, panelLabel, skipBrowser, useViewer } from "../helpers/viewer-suite.ts";

describe.skipIf(skipBrowser)("viewer in Chromium: other graphs", () => {
  const viewer = useViewer();

  it("opens another graph from a GEXF file", async () => {
    const g = new Graph({ type: "directed" });
    g.addNode("a", { label: "宿迁市", type: "City", mentions: 2, implied: false, aliases: "宿迁", x: 0, y: 0, size: 5, color: "#c0392b" });
    g.addNode("b", { label: "江苏省", type: "Province", mentions: 0, implied: true, aliases: "", x: 10, y: 10, size: 5, color: "#34495e" });
    g.addEdge("a", "b", { type: "PART_OF" });
    const file = join(mkdtempSync(join(tmpdir(), "hkg-gexf-")), "other.gexf");
    writeFileSync(file, writeGexf(g));

    const page = await viewer.open();
    await page.locator("#open-file").setInputFiles(file);
    await page.waitForFunction(() => window.__hkg!.displayedNodes().length === 2);
    expect((await displayed(page)).sort()).toEqual(["宿迁市", "江苏省"].sort());
    expect(await page.locator("#graph-name").textContent()).toBe("other.gexf");
    await page.locator("#search-input").fill("宿迁");
    await page.locator("#search-input").press("Enter");
    expect(await panelLabel(page)).toBe("宿迁市");
    expect(await page.locator('#panel .group[data-relation="PART_OF"] button').textContent()).toBe("江苏省");
  });

  it("loads a .gexf graph that hkg serve was given", async () => {
    const g = Graph.from(JSON.parse(readFileSync(FIXTURE, "utf8")));
    g.forEachNode((n, a) => g.mergeNodeAttributes(n, { aliases: a.aliases.join("|"), evidence: a.evidence[0]?.text ?? "", docs: undefined }));
    g.forEachEdge((e, a) => g.mergeEdgeAttributes(e, { evidence: a.evidence[0]?.text ?? "" }));
    const file = join(mkdtempSync(join(tmpdir(), "hkg-gexf-")), "graph.gexf");
    writeFileSync(file, writeGexf(g));
    const gexf = await startServer({ graphPath: file, port: 0 });
    try {
      const page = await viewer.open("#/node/" + encodeURIComponent("矿大"), gexf.url);
      expect(await displayed(page)).toHaveLength(15);
      expect(await panelLabel(page)).toBe("中国矿业大学");
      expect(await page.locator('#panel [data-fact="Aliases"]').textContent()).toBe("矿大");
      expect(await page.locator('#panel .group[data-relation="HOSTED_BY"][data-direction="in"] button').textContent()).toBe("云龙湖实验室");
    } finally {
      await gexf.close();
    }
  });

  it("opens a graph.json dropped onto the page", async () => {
    const small = JSON.parse(readFileSync(FIXTURE, "utf8"));
    small.attributes.name = "dropped";
    small.nodes = small.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === "City");
    small.edges = [];
    const page = await viewer.open();
    const data = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], "dropped.json", { type: "application/json" }));
      return dt;
    }, JSON.stringify(small));
    await page.dispatchEvent("body", "dragenter", { dataTransfer: data });
    expect(await page.locator("#drop-hint").isVisible()).toBe(true);
    await page.dispatchEvent("body", "drop", { dataTransfer: data });
    await page.waitForFunction(() => window.__hkg!.displayedNodes().length === 2);
    expect((await displayed(page)).sort()).toEqual(["徐州市", "连云港市"].sort());
    expect(await page.locator("#graph-name").textContent()).toBe("dropped");
    expect(await page.locator("#drop-hint").isHidden()).toBe(true);
  });

  it("loads, searches and filters 20,000 entities", async () => {
    // How fast is measured by `npm run bench -- --viewer` (bench/viewer.ts), not here: this checks
    // that the work is done right at that size, on whatever machine runs the suite.
    const file = join(mkdtempSync(join(tmpdir(), "hkg-large-")), "graph.json");
    writeFileSync(file, largeGraphJson(20_000, 30_000));
    const big = await startServer({ graphPath: file, port: 0 });
    try {
      const page = await viewer.open("", big.url);
      expect(await page.evaluate(() => window.__hkg!.displayedNodes().length)).toBe(20_000);

      await page.locator("#search-input").fill("徐州");
      await page.waitForSelector("#suggestions li");
      await page.locator("#search-input").press("Enter");
      await page.waitForFunction(() => window.__hkg!.selected() !== null);

      await page.locator('#legend input[data-id="Project"]').uncheck();
      // the generator cycles through the 11 ontology types, so 1,818 of the nodes are projects
      expect(await page.evaluate(() => window.__hkg!.displayedNodes().length)).toBe(20_000 - 1_818);
    } finally {
      await big.close();
    }
    // a limit for a hung test only: software WebGL takes seconds per frame at this size on a busy machine
  });
});
