// The viewer in a real headless Chromium, served by the serve stage exactly as `hkg serve` does:
// what is drawn on the canvas (read back from screenshots) as the user hovers, filters and lays out.
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { startServer } from "../../src/serve/index.ts";
import { NODE_COLORS } from "../../src/ontology/index.ts";
import { countPixels, downloaded, painted, renders } from "../helpers/browser.ts";
import { displayed, panelLabel, shot, skipBrowser, useViewer } from "../helpers/viewer-suite.ts";

const PROJECTS = ["卓曜高效光伏电池项目", "中国电子数据创新中心", "北斗导航创新研究院"];

describe.skipIf(skipBrowser)("viewer in Chromium: drawing", () => {
  const viewer = useViewer();

  it("paints the graph from the precomputed positions at once", async () => {
    const page = await viewer.open();
    expect(await displayed(page)).toHaveLength(15);
    // a blank WebGL canvas would leave the container white
    const { drawn } = await countPixels(page, await shot(page));
    expect(drawn).toBeGreaterThan(2000);
    expect(await page.locator("#status").textContent()).toContain("15 of 15 entities shown");
    // the legend lists every ontology type with its count
    expect(await page.locator('#legend li[data-id="Project"] .count').textContent()).toBe("3");
    expect(await page.locator("#legend li").count()).toBe(11);
  });

  it("highlights a hovered entity with its neighbours and dims the rest", async () => {
    const page = await viewer.open();
    const before = await countPixels(page, await shot(page), NODE_COLORS.Project);
    const lab = await page.evaluate(() => window.__hkg!.nodeScreenPosition("云龙湖实验室"));
    const box = await page.locator("#sigma").boundingBox();
    let n = await renders(page);
    await page.mouse.move(box!.x + lab!.x, box!.y + lab!.y);
    await painted(page, n);
    const png = await shot(page);
    // projects are not neighbours of the lab: greyed out; the lab and its host keep their colours
    expect((await countPixels(page, png, NODE_COLORS.Project)).matching).toBeLessThan(before.matching / 10);
    expect((await countPixels(page, png, NODE_COLORS.Lab)).matching).toBeGreaterThan(50);
    expect((await countPixels(page, png, NODE_COLORS.Organization)).matching).toBeGreaterThan(50);
    n = await renders(page);
    await page.mouse.move(box!.x + 5, box!.y + 5);
    await painted(page, n);
    expect((await countPixels(page, await shot(page), NODE_COLORS.Project)).matching).toBeGreaterThan(before.matching / 2);
  });

  it("hides Project nodes from the drawing when the Project type is switched off, and brings them back", async () => {
    const page = await viewer.open();
    const before = await countPixels(page, await shot(page), NODE_COLORS.Project);
    expect(before.matching).toBeGreaterThan(50);
    expect(await displayed(page)).toEqual(expect.arrayContaining(PROJECTS));

    const n = await renders(page);
    await page.locator('#legend input[data-id="Project"]').uncheck();
    const after = await displayed(page);
    expect(after).toHaveLength(12);
    for (const p of PROJECTS) expect(after).not.toContain(p);
    await painted(page, n);
    const hidden = await countPixels(page, await shot(page), NODE_COLORS.Project);
    expect(hidden.matching).toBeLessThan(before.matching / 10);
    expect(await page.locator("#status").textContent()).toContain("12 of 15");

    await page.locator('#legend input[data-id="Project"]').check();
    expect(await displayed(page)).toHaveLength(15);
  });

  it("switches sizes to PageRank and colours to communities, and the picture changes", async () => {
    const page = await viewer.open();
    const before = await countPixels(page, await shot(page), NODE_COLORS.City);
    const n = await renders(page);
    await page.locator("#size-by").selectOption("pagerank");
    await page.locator("#color-by").selectOption("community");
    await painted(page, n);
    const after = await countPixels(page, await shot(page), NODE_COLORS.City);
    expect(before.matching).toBeGreaterThan(20);
    expect(after.matching).not.toBe(before.matching);
    expect(await displayed(page)).toHaveLength(15);
  });

  it("runs ForceAtlas2 in a worker and stops it", async () => {
    const page = await viewer.open();
    const at = () => page.evaluate(() => window.__hkg!.nodeScreenPosition("中国矿业大学"));
    const start = await at();
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").textContent()).toBe("Stop layout");
    // the worker moves the nodes while it runs
    await page.waitForFunction((s) => {
      const p = window.__hkg!.nodeScreenPosition("中国矿业大学");
      return p !== null && (p.x !== s!.x || p.y !== s!.y);
    }, start, { polling: "raf", timeout: 300_000 });
    await page.locator("#layout-toggle").click();
    expect(await page.locator("#layout-toggle").textContent()).toBe("Run layout");
    expect(await at()).not.toEqual(start);
  });

  it("exports the visible graph as GEXF without the hidden types, and the view as PNG", async () => {
    const page = await viewer.open();
    await page.locator('#legend input[data-id="Project"]').uncheck();
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const text = (await downloaded(gexf)).toString("utf8");
    expect(text).toContain("云龙湖实验室");
    expect(text).not.toContain("卓曜高效光伏电池项目");
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    expect((await downloaded(png)).subarray(1, 4).toString()).toBe("PNG");
  });

  it("saves a screenshot of the bundled graph for the README", async () => {
    // The real graph when `npm run build:graph` has been run, else the fixture.
    const real = resolve("graph/graph.json");
    const own = existsSync(real) ? await startServer({ graphPath: real, port: 0 }) : null;
    try {
      const page = await viewer.open("#/node/" + encodeURIComponent("云龙湖实验室"), own?.url ?? viewer.url);
      // "0" fits the whole graph again (an animated move); the selection and its panel stay
      const n = await renders(page);
      await page.keyboard.press("0");
      await painted(page, n);
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
});
