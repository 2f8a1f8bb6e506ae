// The viewer on a large synthetic graph in headless Chromium: how long it takes to load, to
// answer a search, to select the hit and to hide a type. These figures were once bounds inside a
// browser test, which failed whenever the machine was busy; here they are measured and printed.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Page } from "playwright-core";
import { startServer } from "../src/serve/index.ts";
import { findChromium, launch, openPage, painted } from "../tests/helpers/browser.ts";
import { largeGraphJson } from "./large-graph.ts";

export interface ViewerFigures {
  /** page opened until every node is displayed and drawn */
  loadMs: number;
  /** query typed until the first suggestion is on screen */
  searchMs: number;
  /** Enter until the hit is selected and the camera has arrived */
  selectMs: number;
  /** a type switched off until the rest is drawn without it */
  filterMs: number;
}

/** only ends a benchmark that hangs: a step on a busy machine may take minutes, and that is a figure */
const HUNG = 600_000;

const STEPS: (keyof ViewerFigures)[] = ["loadMs", "searchMs", "selectMs", "filterMs"];

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function oneRun(page: () => Promise<Page>, nodes: number, projects: number): Promise<ViewerFigures> {
  let p!: Page;
  const loadMs = await timed(async () => {
    p = await page();
    await p.waitForFunction((n) => window.__hkg!.displayedNodes().length === n, nodes, { timeout: HUNG });
    await painted(p, undefined, HUNG);
  });
  const searchMs = await timed(async () => {
    await p.locator("#search-input").fill("徐州");
    await p.waitForSelector("#suggestions li", { timeout: HUNG });
  });
  const selectMs = await timed(async () => {
    const n = await p.evaluate(() => window.__hkg!.renders());
    await p.locator("#search-input").press("Enter");
    await p.waitForFunction(() => window.__hkg!.selected() !== null, undefined, { timeout: HUNG });
    await painted(p, n, HUNG);
  });
  const filterMs = await timed(async () => {
    const n = await p.evaluate(() => window.__hkg!.renders());
    await p.locator('#legend input[data-id="Project"]').uncheck({ timeout: HUNG });
    await p.waitForFunction((n) => window.__hkg!.displayedNodes().length === n, nodes - projects, { timeout: HUNG });
    await painted(p, n, HUNG);
  });
  await p.close();
  return { loadMs, searchMs, selectMs, filterMs };
}

/** Runs the viewer benchmark and returns its report; null when no Chromium is installed. */
export async function viewerBench(dir: string, opts: { nodes: number; edges: number; runs: number }): Promise<string | null> {
  const chromium = findChromium();
  if (!chromium) return null;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `viewer-${opts.nodes}.json`);
  writeFileSync(file, largeGraphJson(opts.nodes, opts.edges));
  // the generator cycles through the 11 ontology types; Project is the 6th
  const projects = Math.floor(opts.nodes / 11) + (opts.nodes % 11 > 5 ? 1 : 0);
  const server = await startServer({ graphPath: file, port: 0 });
  const browser = await launch(chromium);
  const runs: ViewerFigures[] = [];
  try {
    for (let r = 0; r < opts.runs; r++) {
      process.stderr.write(`bench: viewer, ${opts.nodes} entities, run ${r + 1}/${opts.runs} …\n`);
      runs.push(await oneRun(async () => (await openPage(browser, server.url)).page, opts.nodes, projects));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return formatViewer(runs, opts);
}

function formatViewer(runs: ViewerFigures[], opts: { nodes: number; edges: number }): string {
  const sorted = (k: keyof ViewerFigures) => runs.map((r) => r[k]).sort((a, b) => a - b);
  const median = (xs: number[]) => (xs.length % 2 ? xs[xs.length >> 1]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  const label: Record<keyof ViewerFigures, string> = {
    loadMs: "load and draw",
    searchMs: "search a name",
    selectMs: "select the hit",
    filterMs: "hide Project",
  };
  const lines = [
    `viewer in headless Chromium (software WebGL), ${opts.nodes} entities, ${opts.edges} relations, ${runs.length} run(s)`,
    `  ${"step".padEnd(16)}${"median".padStart(9)}${"min".padStart(9)}${"max".padStart(9)}`,
    ...STEPS.map((k) => {
      const xs = sorted(k);
      return `  ${label[k].padEnd(16)}${s(median(xs))}${s(xs[0]!)}${s(xs[xs.length - 1]!)}`;
    }),
  ];
  return lines.join("\n") + "\n";
}
