// The viewer over time and sources, in a real headless Chromium: the year range and the document
// picker filter what is drawn and what the legend counts, and the panel shows a node's timeline.
// The graph is a real build of the bundled corpus, its documents dated 2021–2024 (text, sidecars, --date).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/index.ts";
import { painted, renders } from "../helpers/browser.ts";
import { hkg, ROOT } from "../helpers/cli.ts";
import { panelLabel, skipBrowser, useViewer } from "../helpers/viewer-suite.ts";

interface Built {
  attributes: { documents: { id: string; file: string; date?: string }[] };
  nodes: { key: string; attributes: { type: string; label: string; docs: string[]; occurrences: [string, number, number, number][] } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string; docs?: string[] } }[];
}

describe.skipIf(skipBrowser)("viewer in Chromium: time and sources", () => {
  const viewer = useViewer();
  let tmp: string;
  let server: RunningServer;
  let built: Built;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "hkg-viewer-time-"));
    const input = path.join(tmp, "in");
    mkdirSync(input);
    const files = readdirSync(path.join(ROOT, "corpus")).filter((f) => f.endsWith(".txt")).sort();
    for (const f of files) copyFileSync(path.join(ROOT, "corpus", f), path.join(input, f));
    writeFileSync(path.join(input, `${files[4]}.meta.json`), JSON.stringify({ date: "2021-03" }));
    writeFileSync(path.join(input, `${files[1]}.meta.json`), JSON.stringify({ date: "2023-06-30" }));
    const r = await hkg(["build", input, "--out", path.join(tmp, "out"), "--date", "2022", "--no-cache", "-q"]);
    if (r.code !== 0) throw new Error(r.stderr);
    built = JSON.parse(readFileSync(path.join(tmp, "out", "graph.json"), "utf8"));
    server = await startServer({ graphPath: path.join(tmp, "out", "graph.json"), port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const docsOf = (pred: (d: { id: string; date?: string; file: string }) => boolean) => new Set(built.attributes.documents.filter(pred).map((d) => d.id));
  /** what the viewer should draw when only `docs` are chosen: facts stated there, and what no document states */
  const expected = (docs: Set<string>) => {
    const inWindow = (list: string[] | undefined) => !list?.length || list.some((d) => docs.has(d));
    const nodes = new Set(built.nodes.filter((n) => inWindow(n.attributes.docs)).map((n) => n.key));
    const edges = built.edges.filter((e) => inWindow(e.attributes.docs) && nodes.has(e.source) && nodes.has(e.target)).map((e) => e.key);
    const perType = new Map<string, number>();
    for (const n of built.nodes) if (inWindow(n.attributes.docs)) perType.set(n.attributes.type, (perType.get(n.attributes.type) ?? 0) + 1);
    return { nodes: [...nodes].sort(), edges: edges.sort(), perType };
  };
  const drawn = async (page: Page) => ({
    nodes: (await page.evaluate(() => window.__hkg!.displayedNodes())).sort(),
    edges: (await page.evaluate(() => window.__hkg!.displayedEdges())).sort(),
  });
  /** acts, then waits until sigma has drawn the result */
  const act = async (page: Page, action: () => Promise<void>) => {
    const before = await renders(page);
    await action();
    await painted(page, before);
  };
  const legendCount = (page: Page, type: string) => page.locator(`#legend li[data-id="${type}"] .count`).textContent().then(Number);

  it("the year range shows only what the documents of those years state, and the legend counts it", async () => {
    const page = await viewer.open("", server.url);
    expect(await page.locator("#year-from").getAttribute("min")).toBe("2021");
    expect(await page.locator("#year-to").getAttribute("max")).toBe("2024");
    const all = await drawn(page);
    expect(all.nodes).toHaveLength(built.nodes.length);
    const allProjects = await legendCount(page, "Project");

    await act(page, () => page.locator("#year-from").fill("2024"));
    expect(await page.locator("#year-from-value").textContent()).toBe("2024");
    const want = expected(docsOf((d) => !!d.date?.startsWith("2024")));
    const got = await drawn(page);
    expect(got.nodes).toEqual(want.nodes);
    expect(got.edges).toEqual(want.edges);
    expect(want.nodes.length).toBeLessThan(built.nodes.length);
    for (const type of ["Project", "Organization", "District"]) expect(await legendCount(page, type), type).toBe(want.perType.get(type) ?? 0);
    expect(await legendCount(page, "Project")).toBeLessThan(allProjects);
    // the document picker greys out the documents outside those years
    expect(await page.locator("#doc-picker li.outside").count()).toBe(built.attributes.documents.length - 1);

    // 2021–2022: moving "to" below "from" drags "from" along, never an empty range
    await act(page, () => page.locator("#year-to").fill("2022"));
    expect([await page.locator("#year-from-value").textContent(), await page.locator("#year-to-value").textContent()]).toEqual(["2022", "2022"]);
    expect((await drawn(page)).nodes).toEqual(expected(docsOf((d) => !!d.date?.startsWith("2022"))).nodes);

    await act(page, async () => {
      await page.locator("#year-from").fill("2021");
      await page.locator("#year-to").fill("2024");
    });
    expect(await drawn(page)).toEqual(all);
    expect(await legendCount(page, "Project")).toBe(allProjects);
  });

  it("the document picker shows only what the ticked documents state", async () => {
    const page = await viewer.open("", server.url);
    // dated documents first, in date order
    expect(await page.locator("#doc-picker .date").allTextContents()).toEqual(["2021-03", "2022", "2022", "2023-06-30", "2024-01-10"]);
    await act(page, () => page.locator("#docs-none").click());
    expect((await drawn(page)).nodes).toEqual(expected(new Set()).nodes);
    const report = built.attributes.documents.find((d) => d.date === "2021-03")!;
    await act(page, () => page.locator(`#doc-picker input[data-doc="${report.id}"]`).check());
    const want = expected(new Set([report.id]));
    expect(await drawn(page)).toEqual({ nodes: want.nodes, edges: want.edges });
    expect(await legendCount(page, "Infrastructure")).toBe(want.perType.get("Infrastructure") ?? 0);
    expect(await page.locator("#status").textContent()).toContain(`${want.nodes.length} of ${built.nodes.length} entities shown`);
    await act(page, () => page.locator("#docs-all").click());
    expect((await drawn(page)).nodes).toHaveLength(built.nodes.length);
  });

  it("the panel shows a node's timeline of mentions, document by document, marking those outside the years", async () => {
    const page = await viewer.open("#/node/" + encodeURIComponent("徐州市"), server.url);
    expect(await panelLabel(page)).toBe("徐州市");
    const xuzhou = built.nodes.find((n) => n.attributes.label === "徐州市")!;
    const perDoc = new Map<string, number>();
    for (const [doc] of xuzhou.attributes.occurrences) perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
    const rows = page.locator("#timeline li");
    expect(await rows.count()).toBe(xuzhou.attributes.docs.length);
    expect(await page.locator("#timeline .date").allTextContents()).toEqual(["2021-03", "2022", "2022", "2023-06-30", "2024-01-10"]);
    for (let i = 0; i < (await rows.count()); i++) {
      const doc = (await rows.nth(i).getAttribute("data-doc"))!;
      expect(await rows.nth(i).locator(".count").textContent()).toBe(` ${perDoc.get(doc)}×`);
    }
    await act(page, () => page.locator("#year-from").fill("2023"));
    expect(await page.locator("#timeline li.outside .date").allTextContents()).toEqual(["2021-03", "2022", "2022"]);
  });
});
