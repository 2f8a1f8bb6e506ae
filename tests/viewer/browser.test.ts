// The viewer in a real headless Chromium, served by the serve stage exactly as `hkg serve` does.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/serve/index.ts";
import { NODE_COLORS } from "../../src/ontology/index.ts";
import { largeGraphJson } from "../helpers/large-graph.ts";
import { countPixels, findChromium, IN_CI, launch, openPage, type Browser } from "../helpers/browser.ts";

const FIXTURE = resolve("tests/fixtures/viewer/graph.json");
const MARKUP = "<img src=x onerror=alert(1)>";
const PROJECTS = ["卓曜高效光伏电池项目", "中国电子数据创新中心", "北斗导航创新研究院"];
const chromiumPath = findChromium();

if (!chromiumPath && !IN_CI) console.warn("viewer browser tests skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)");

describe.skipIf(!chromiumPath && !IN_CI)("viewer in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let current: { page: Page; problems: string[]; dialogs: string[] } | null = null;

  beforeAll(async () => {
    if (!chromiumPath) throw new Error("CI=true but no Chromium at /usr/bin/chromium: .ci/run must apt-get install -y chromium");
    server = await startServer({ graphPath: FIXTURE, port: 0 });
    browser = await launch(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (hash = "", base = server.url) => {
    current = await openPage(browser, base + hash);
    return current.page;
  };
  afterEach(async () => {
    if (!current) return;
    const { page, problems, dialogs } = current;
    current = null;
    await page.close();
    expect(dialogs, "no script from the graph may open a dialog").toEqual([]);
    expect(problems, "page errors and console errors").toEqual([]);
  });

  const displayed = (page: Page) => page.evaluate(() => window.__hkg!.displayedLabels());
  const panelLabel = (page: Page) => page.locator("#panel-label").textContent();
  const shot = (page: Page) => page.locator("#sigma").screenshot();
  const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

  it("paints the graph from the precomputed positions at once", async () => {
    const page = await open();
    expect(await displayed(page)).toHaveLength(15);
    // a blank WebGL canvas would leave the container white
    await page.waitForTimeout(300);
    const { drawn } = await countPixels(page, await shot(page));
    expect(drawn).toBeGreaterThan(2000);
    expect(await page.locator("#status").textContent()).toContain("15 of 15 entities shown");
    // the legend lists every ontology type with its count
    expect(await page.locator('#legend li[data-id="Project"] .count').textContent()).toBe("3");
    expect(await page.locator("#legend li").count()).toBe(11);
  });

  it("finds 中国矿业大学 by its alias 矿大 and opens its panel on Enter", async () => {
    const page = await open();
    await page.locator("#search-input").fill("矿大");
    expect(await page.locator("#suggestions li .name").first().textContent()).toBe("中国矿业大学");
    await page.locator("#search-input").press("Enter");
    await page.waitForFunction(() => window.__hkg!.selected() === "中国矿业大学");
    expect(await panelLabel(page)).toBe("中国矿业大学");
    expect(await page.locator('#panel [data-fact="Aliases"]').textContent()).toBe("矿大");
    expect(await hash(page)).toBe("#/node/中国矿业大学");
  });

  it("finds 徐州市 by pinyin initials and by full pinyin", async () => {
    const page = await open();
    for (const q of ["xz", "xuzhou"]) {
      await page.locator("#search-input").fill(q);
      await page.waitForFunction(() => document.querySelector("#suggestions li .name")?.textContent === "徐州市");
    }
    await page.locator("#search-input").press("Enter");
    expect(await panelLabel(page)).toBe("徐州市");
    expect(await page.locator('#panel [data-fact="Code"]').textContent()).toBe("3203");
  });

  it("opens #/node/云龙湖实验室 with its host and the evidence sentence, and follows neighbour links", async () => {
    const page = await open("#/node/" + encodeURIComponent("云龙湖实验室"));
    expect(await panelLabel(page)).toBe("云龙湖实验室");
    const host = page.locator('#panel .group[data-relation="HOSTED_BY"][data-direction="out"] button');
    expect(await host.textContent()).toBe("中国矿业大学");
    const quote = page.locator("#panel .evidence blockquote").first();
    expect(await quote.textContent()).toBe("云龙湖实验室依托中国矿业大学建设，聚焦深地科学与工程。");
    expect(await quote.locator("mark").textContent()).toBe("云龙湖实验室");
    expect(await page.locator("#panel .evidence .doc").first().textContent()).toContain("中国矿业大学科技创新报道");

    await host.click();
    await page.waitForFunction(() => window.__hkg!.selected() === "中国矿业大学");
    expect(await panelLabel(page)).toBe("中国矿业大学");
    // and the host lists the lab the other way round
    expect(await page.locator('#panel .group[data-relation="HOSTED_BY"][data-direction="in"] button').textContent()).toBe("云龙湖实验室");
    expect(await hash(page)).toBe("#/node/中国矿业大学");
    await page.keyboard.press("Escape");
    expect(await page.locator("#panel").isHidden()).toBe(true);
    expect(await hash(page)).toBe("");
  });

  it("highlights a hovered entity with its neighbours and dims the rest", async () => {
    const page = await open();
    await page.waitForTimeout(300);
    const before = await countPixels(page, await shot(page), NODE_COLORS.Project);
    const lab = await page.evaluate(() => window.__hkg!.nodeScreenPosition("云龙湖实验室"));
    const box = await page.locator("#sigma").boundingBox();
    await page.mouse.move(box!.x + lab!.x, box!.y + lab!.y);
    await page.waitForTimeout(300);
    const png = await shot(page);
    // projects are not neighbours of the lab: greyed out; the lab and its host keep their colours
    expect((await countPixels(page, png, NODE_COLORS.Project)).matching).toBeLessThan(before.matching / 10);
    expect((await countPixels(page, png, NODE_COLORS.Lab)).matching).toBeGreaterThan(50);
    expect((await countPixels(page, png, NODE_COLORS.Organization)).matching).toBeGreaterThan(50);
    await page.mouse.move(box!.x + 5, box!.y + 5);
    await page.waitForTimeout(300);
    expect((await countPixels(page, await shot(page), NODE_COLORS.Project)).matching).toBeGreaterThan(before.matching / 2);
  });

  it("moves between selections with the browser's back and forward", async () => {
    const page = await open("#/node/" + encodeURIComponent("云龙湖实验室"));
    await page.locator('#panel .group[data-relation="HOSTED_BY"] button').click();
    expect(await panelLabel(page)).toBe("中国矿业大学");
    await page.goBack();
    await page.waitForFunction(() => window.__hkg!.selected() === "云龙湖实验室");
    expect(await panelLabel(page)).toBe("云龙湖实验室");
    await page.goForward();
    await page.waitForFunction(() => window.__hkg!.selected() === "中国矿业大学");
  });

  it("works from the keyboard: / to search, arrows and Enter to pick; a click on the background deselects", async () => {
    const page = await open();
    await page.locator("#sigma").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type("徐州");
    const names = await page.locator("#suggestions li .name").allTextContents();
    expect(names[0]).toBe("徐州市");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await panelLabel(page)).toBe(names[1]!);
    await page.locator("#sigma").click({ position: { x: 5, y: 5 } });
    expect(await page.locator("#panel").isHidden()).toBe(true);
  });

  it("shows only one type on double-click in the legend, and says when a link names no entity", async () => {
    const page = await open("#/node/" + encodeURIComponent("不存在的实验室"));
    expect(await page.locator("#status").textContent()).toContain("No entity named “不存在的实验室”");
    expect(await page.locator("#panel").isHidden()).toBe(true);
    await page.locator('#legend li[data-id="City"] label').dblclick();
    expect((await displayed(page)).sort()).toEqual(["徐州市", "连云港市"].sort());
  });

  it("hides Project nodes from the drawing when the Project type is switched off, and brings them back", async () => {
    const page = await open();
    await page.waitForTimeout(300);
    const before = await countPixels(page, await shot(page), NODE_COLORS.Project);
    expect(before.matching).toBeGreaterThan(50);
    expect(await displayed(page)).toEqual(expect.arrayContaining(PROJECTS));

    await page.locator('#legend input[data-id="Project"]').uncheck();
    const after = await displayed(page);
    expect(after).toHaveLength(12);
    for (const p of PROJECTS) expect(after).not.toContain(p);
    await page.waitForTimeout(300);
    const hidden = await countPixels(page, await shot(page), NODE_COLORS.Project);
    expect(hidden.matching).toBeLessThan(before.matching / 10);
    expect(await page.locator("#status").textContent()).toContain("12 of 15");

    await page.locator('#legend input[data-id="Project"]').check();
    expect(await displayed(page)).toHaveLength(15);
  });

  it("hides a relation type's edges, entities under the mention threshold, and implied places", async () => {
    const page = await open();
    const edges = () => page.evaluate(() => window.__hkg!.displayedEdges().length);
    expect(await edges()).toBe(16);
    await page.locator('#relations input[data-id="PART_OF"]').uncheck();
    expect(await edges()).toBe(12);

    await page.locator("#hide-implied").check();
    expect(await displayed(page)).not.toContain("江苏省");

    await page.locator("#min-mentions").fill("3");
    expect((await displayed(page)).sort()).toEqual(["中国矿业大学", "徐州市", "淮海经济区"].sort());
    expect(await page.locator("#min-mentions-value").textContent()).toBe("3");
  });

  it("shows a label made of markup as text and runs none of it", async () => {
    const page = await open("#/node/" + encodeURIComponent(MARKUP));
    expect(await panelLabel(page)).toBe(MARKUP);
    expect(await page.locator("#panel img, #sidebar img").count()).toBe(0);
    expect(await page.locator("#panel .evidence mark").first().textContent()).toBe(MARKUP);
    await page.locator("#search-input").fill("<img");
    expect(await page.locator("#suggestions li .name").first().textContent()).toBe(MARKUP);
    expect(await page.locator("#suggestions img").count()).toBe(0);
    await page.waitForTimeout(300);
    // afterEach asserts that no dialog opened and no error was logged
  });

  it("switches sizes to PageRank and colours to communities, and the picture changes", async () => {
    const page = await open();
    await page.waitForTimeout(300);
    const before = await countPixels(page, await shot(page), NODE_COLORS.City);
    await page.locator("#size-by").selectOption("pagerank");
    await page.locator("#color-by").selectOption("community");
    await page.waitForTimeout(300);
    const after = await countPixels(page, await shot(page), NODE_COLORS.City);
    expect(before.matching).toBeGreaterThan(20);
    expect(after.matching).not.toBe(before.matching);
    expect(await displayed(page)).toHaveLength(15);
  });

  it("runs ForceAtlas2 in a worker and stops it", async () => {
    const page = await open();
    const at = () => page.evaluate(() => window.__hkg!.nodeScreenPosition("中国矿业大学"));
    const start = await at();
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").textContent()).toBe("Stop layout");
    await page.waitForTimeout(700);
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").textContent()).toBe("Run layout");
    expect(await at()).not.toEqual(start);
  });

  it("opens another graph from a GEXF file", async () => {
    const g = new Graph({ type: "directed" });
    g.addNode("a", { label: "宿迁市", type: "City", mentions: 2, implied: false, aliases: "宿迁", x: 0, y: 0, size: 5, color: "#c0392b" });
    g.addNode("b", { label: "江苏省", type: "Province", mentions: 0, implied: true, aliases: "", x: 10, y: 10, size: 5, color: "#34495e" });
    g.addEdge("a", "b", { type: "PART_OF" });
    const file = join(mkdtempSync(join(tmpdir(), "hkg-gexf-")), "other.gexf");
    writeFileSync(file, writeGexf(g));

    const page = await open();
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
      const page = await open("#/node/" + encodeURIComponent("矿大"), gexf.url);
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
    const page = await open();
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

  it("exports the visible graph as GEXF without the hidden types, and the view as PNG", async () => {
    const page = await open();
    await page.locator('#legend input[data-id="Project"]').uncheck();
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const text = readFileSync(await gexf.path(), "utf8");
    expect(text).toContain("云龙湖实验室");
    expect(text).not.toContain("卓曜高效光伏电池项目");
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe("PNG");
  });

  it("saves a screenshot of the bundled graph for the README", async () => {
    // The real graph when `npm run build:graph` has been run, else the fixture.
    const real = resolve("graph/graph.json");
    const own = existsSync(real) ? await startServer({ graphPath: real, port: 0 }) : null;
    try {
      const page = await open("#/node/" + encodeURIComponent("云龙湖实验室"), own?.url ?? server.url);
      await page.waitForTimeout(600);
      // "0" fits the whole graph again; the selection and its panel stay
      await page.keyboard.press("0");
      await page.waitForTimeout(800);
      expect(await panelLabel(page)).toBe("云龙湖实验室");
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: "test-results/viewer.png" });
      // docs/screenshot.png is committed; refresh it on purpose only, so test runs leave git clean
      if (process.env.UPDATE_SCREENSHOT === "1") await page.screenshot({ path: "docs/screenshot.png" });
      const { drawn } = await countPixels(page, await shot(page));
      expect(drawn).toBeGreaterThan(2000);
    } finally {
      await own?.close();
    }
  });

  it("stays responsive on 20,000 entities: loads, searches and filters within bounds even on software WebGL", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "hkg-large-")), "graph.json");
    writeFileSync(file, largeGraphJson(20_000, 30_000));
    const big = await startServer({ graphPath: file, port: 0 });
    // Loose bounds on purpose: software WebGL (SwiftShader, 2 cores) takes seconds per frame at this
    // size, and that is not the viewer's code. What they catch is work quadratic in the graph
    // (hundreds of millions of steps here: minutes), e.g. a copy of the graph per filter or keystroke.
    try {
      let t = Date.now();
      const page = await open("", big.url);
      expect(await page.evaluate(() => window.__hkg!.displayedNodes().length)).toBe(20_000);
      expect(Date.now() - t).toBeLessThan(30_000);

      t = Date.now();
      await page.locator("#search-input").fill("徐州");
      await page.waitForSelector("#suggestions li");
      expect(Date.now() - t).toBeLessThan(3_000);
      await page.locator("#search-input").press("Enter");
      await page.waitForFunction(() => window.__hkg!.selected() !== null);

      t = Date.now();
      await page.locator('#legend input[data-id="Project"]').uncheck();
      // the generator cycles through the 11 ontology types, so 1,818 of the nodes are projects
      expect(await page.evaluate(() => window.__hkg!.displayedNodes().length)).toBe(20_000 - 1_818);
      expect(Date.now() - t).toBeLessThan(15_000);
    } finally {
      await big.close();
    }
  });
});
