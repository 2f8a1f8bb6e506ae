// The viewer on a large synthetic graph in headless Chromium: the first frame, a hover, a
// selection, a search and hiding a type, as wall time and as the longest task on the page's main
// thread (how long the page was frozen). These figures were once bounds inside a browser test,
// which failed whenever the machine was busy; here they are measured and printed.
//
// With `against`, the viewer of another git revision is built in a temporary folder and both are
// measured in the same browser, runs interleaved (old, new, old, new …), so a machine getting
// busier or quieter tilts neither.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { ensureViewerBuilt, startServer, type RunningServer } from "../src/serve/index.ts";
import { findChromium, launch, type Browser } from "../tests/helpers/browser.ts";
import { largeGraphJson } from "./large-graph.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface ViewerFigures {
  /** page opened until the first frame is drawn and the page answers the pointer */
  loadMs: number;
  /** the longest main-thread task from opening the page to that frame */
  loadTaskMs: number;
  /** the pointer onto a node until the page has drawn it and answers the pointer again (median of the hovers) */
  hoverMs: number;
  /** the longest main-thread task of that hover (median of the hovers) */
  hoverTaskMs: number;
  /** a click on the hovered node until it is selected, drawn, and the page answers the pointer */
  selectMs: number;
  selectTaskMs: number;
  /** query typed until the first suggestion is on screen */
  searchMs: number;
  /** a type switched off until the rest is drawn without it */
  filterMs: number;
}

/** only ends a benchmark that hangs: a step on a busy machine may take minutes, and that is a figure */
const HUNG = 900_000;
/** hovers per run: the viewer's hover cost depends little on the node, so a few give a fair median */
const HOVERS = 3;

const STEPS: (keyof ViewerFigures)[] = ["loadMs", "loadTaskMs", "hoverMs", "hoverTaskMs", "selectMs", "selectTaskMs", "searchMs", "filterMs"];
const LABEL: Record<keyof ViewerFigures, string> = {
  loadMs: "first frame",
  loadTaskMs: "  longest task",
  hoverMs: "hover a node",
  hoverTaskMs: "  longest task",
  selectMs: "click: select",
  selectTaskMs: "  longest task",
  searchMs: "search a name",
  filterMs: "hide Project",
};

// Every task over 50 ms on the page's main thread, from the first script on.
const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

declare global {
  interface Window {
    __longtasks: { start: number; duration: number }[];
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Waits two animation frames: whatever the last event scheduled has been drawn by then. */
const twoFrames = (p: Page) => p.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
/**
 * Drawn, and answering the pointer again: two frames, then a one-pixel move and two more frames.
 * sigma finds the node under the pointer by reading back its picking layer, which waits until the
 * (software) GPU has finished every frame queued before: a frame that returned at once on the
 * page's thread but keeps the GPU busy for seconds shows up here, as the page does for a user.
 */
async function answering(p: Page, at: { x: number; y: number }): Promise<void> {
  await twoFrames(p);
  await p.mouse.move(at.x + 1, at.y);
  await twoFrames(p);
}
const now = (p: Page) => p.evaluate(() => performance.now());
/** the longest main-thread task that started at or after `since` (page clock); 0 when none was long */
const longestSince = (p: Page, since: number) =>
  p.evaluate((t) => window.__longtasks.filter((e) => e.start + e.duration >= t).reduce((m, e) => Math.max(m, e.duration), 0), since);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const drawnFrames = (p: Page) => p.evaluate(() => window.__hkg!.renders());
const settledAfter = (p: Page, n: number) =>
  p.waitForFunction((n) => window.__hkg!.renders() > n && window.__hkg!.settled(), n, { polling: 100, timeout: HUNG });

/** Screen points of a few nodes spread over the graph (the same keys in every viewer). */
async function hoverTargets(p: Page, labels: string[]): Promise<{ x: number; y: number }[]> {
  const box = (await p.locator("#sigma").boundingBox())!;
  const out: { x: number; y: number }[] = [];
  for (const l of labels) {
    const at = await p.evaluate((l) => window.__hkg!.nodeScreenPosition(l), l);
    if (at && at.x > 5 && at.y > 5 && at.x < box.width - 5 && at.y < box.height - 5) out.push({ x: box.x + at.x, y: box.y + at.y });
  }
  return out;
}

async function oneRun(browser: Browser, url: string, g: { nodes: number; projects: number; labels: string[] }): Promise<ViewerFigures> {
  const p = await browser.context.newPage();
  await p.addInitScript(LONGTASKS);
  let box = { x: 0, y: 0 };
  const loadMs = await timed(async () => {
    await p.goto(url, { timeout: HUNG });
    await p.waitForFunction(() => window.__hkg?.ready === true && window.__hkg.settled(), undefined, { polling: 100, timeout: HUNG });
    box = (await p.locator("#sigma").boundingBox())!;
    await answering(p, { x: box.x + 2, y: box.y + 2 });
  });
  const shown = await p.evaluate(() => window.__hkg!.displayedNodes().length);
  if (shown !== g.nodes) throw new Error(`viewer bench: ${shown} of ${g.nodes} nodes displayed after the first frame`);
  const loadTaskMs = await longestSince(p, 0);

  // hover: onto a node, then off it onto the empty corner (not timed), a few times
  const targets = await hoverTargets(p, g.labels);
  if (targets.length < HOVERS) throw new Error(`viewer bench: only ${targets.length} hover targets on screen`);
  const hovers: number[] = [];
  const hoverTasks: number[] = [];
  for (const at of targets.slice(0, HOVERS)) {
    await p.mouse.move(box.x + 2, box.y + 2);
    await answering(p, { x: box.x + 2, y: box.y + 2 });
    const n = await drawnFrames(p);
    const since = await now(p);
    hovers.push(
      await timed(async () => {
        await p.mouse.move(at.x, at.y);
        await answering(p, at);
      }),
    );
    // a hover that changed nothing on screen would be a cheap hover of nothing: refuse it
    const hovered = await p.evaluate((n) => (window.__hkg as { hovered?: () => string | null }).hovered?.() ?? (window.__hkg!.renders() > n ? "drawn" : null), n);
    if (hovered === null) throw new Error("viewer bench: the pointer on a node hovered nothing");
    hoverTasks.push(await longestSince(p, since));
  }

  // select the node under the pointer with a click
  const last = targets[HOVERS - 1]!;
  const since = await now(p);
  const selectMs = await timed(async () => {
    await p.mouse.down();
    await p.mouse.up();
    await p.waitForFunction(() => window.__hkg!.selected() !== null && window.__hkg!.settled(), undefined, { polling: 100, timeout: HUNG });
    await answering(p, { x: last.x + 1, y: last.y });
  });
  const selectTaskMs = await longestSince(p, since);

  const searchMs = await timed(async () => {
    await p.locator("#search-input").fill("徐州");
    await p.waitForSelector("#suggestions li", { timeout: HUNG });
  });
  await p.mouse.move(box.x + 2, box.y + 2);
  await answering(p, { x: box.x + 2, y: box.y + 2 });
  const n = await drawnFrames(p);
  const filterMs = await timed(async () => {
    await p.locator('#legend input[data-id="Project"]').uncheck({ timeout: HUNG });
    await settledAfter(p, n);
    await answering(p, { x: box.x + 2, y: box.y + 2 });
  });
  const hidden = await p.evaluate(() => window.__hkg!.displayedNodes().length);
  if (hidden !== g.nodes - g.projects) throw new Error(`viewer bench: ${hidden} nodes displayed with Project hidden, not ${g.nodes - g.projects}`);
  await p.close();
  return { loadMs, loadTaskMs, hoverMs: median(hovers), hoverTaskMs: median(hoverTasks), selectMs, selectTaskMs, searchMs, filterMs };
}

/** Builds the viewer as it was at a git revision into a temporary folder; returns its dist. */
async function buildViewerAt(rev: string): Promise<{ dist: string; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "hkg-viewer-at-"));
  const tar = execFileSync("git", ["-C", ROOT, "archive", rev, "viewer", "src/ontology", "src/util"]);
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  // the old sources resolve sigma, graphology … from this checkout's node_modules
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const { build } = await import("vite");
  const dist = path.join(dir, "viewer", "dist");
  await build({ configFile: path.join(dir, "viewer", "vite.config.ts"), logLevel: "warn", build: { outDir: dist, emptyOutDir: true } });
  return { dist, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ViewerBenchOptions {
  nodes: number;
  edges: number;
  runs: number;
  /** a git revision whose viewer is measured beside this one */
  against?: string;
}

/** Runs the viewer benchmark and returns its report; null when no Chromium is installed. */
export async function viewerBench(dir: string, opts: ViewerBenchOptions): Promise<string | null> {
  const chromium = findChromium();
  if (!chromium) return null;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `viewer-${opts.nodes}-${opts.edges}.json`);
  if (!existsSync(file)) writeFileSync(file, largeGraphJson(opts.nodes, opts.edges));
  // the generator cycles through the 11 ontology types; Project is the 6th
  const projects = Math.floor(opts.nodes / 11) + (opts.nodes % 11 > 5 ? 1 : 0);
  // hover targets: nodes spread over the key range (the generator's label is its key's number at the end)
  const labels = await labelsOf(file, [101, 4_321, 7_777, 12_345, 1_999].map((k) => k % opts.nodes));

  await ensureViewerBuilt({ log: (m) => process.stderr.write(`bench: ${m}\n`) });
  const viewers: { name: string; server: RunningServer; cleanup?: () => void }[] = [];
  try {
    if (opts.against) {
      process.stderr.write(`bench: building the viewer of ${opts.against} …\n`);
      const old = await buildViewerAt(opts.against);
      viewers.push({ name: opts.against, server: await startServer({ graphPath: file, port: 0, distDir: old.dist, build: false }), cleanup: old.cleanup });
    }
    // a copy of this checkout's build: a test run rebuilding viewer/dist meanwhile cannot swap it mid-run
    const mine = mkdtempSync(path.join(tmpdir(), "hkg-viewer-now-"));
    cpSync(path.join(ROOT, "viewer", "dist"), mine, { recursive: true });
    viewers.push({ name: "this checkout", server: await startServer({ graphPath: file, port: 0, distDir: mine, build: false }), cleanup: () => rmSync(mine, { recursive: true, force: true }) });
    const browser = await launch(chromium);
    const runs = new Map<string, ViewerFigures[]>(viewers.map((v) => [v.name, []]));
    try {
      for (let r = 0; r < opts.runs; r++) {
        // alternate which viewer goes first, so neither always runs on a warmer or cooler machine
        const order = r % 2 ? [...viewers].reverse() : viewers;
        for (const v of order) {
          process.stderr.write(`bench: viewer (${v.name}), ${opts.nodes} entities, run ${r + 1}/${opts.runs} …\n`);
          const f = await oneRun(browser, v.server.url, { nodes: opts.nodes, projects, labels });
          process.stderr.write(`bench:   ${STEPS.map((k) => `${k} ${Math.round(f[k])}`).join(", ")}\n`);
          runs.get(v.name)!.push(f);
        }
      }
    } finally {
      await browser.close();
    }
    return formatViewer(runs, opts);
  } finally {
    for (const v of viewers) {
      await v.server.close();
      v.cleanup?.();
    }
  }
}

async function labelsOf(file: string, indices: number[]): Promise<string[]> {
  const { readFileSync } = await import("node:fs");
  const g = JSON.parse(readFileSync(file, "utf8")) as { nodes: { attributes: { label: string } }[] };
  return indices.map((i) => g.nodes[i]!.attributes.label);
}

function formatViewer(runs: Map<string, ViewerFigures[]>, opts: ViewerBenchOptions): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(10);
  const names = [...runs.keys()];
  const k = runs.get(names[0]!)!.length;
  const lines = [
    `viewer in headless Chromium (software WebGL), ${opts.nodes} entities, ${opts.edges} relations; median of ${k} run(s)${names.length > 1 ? ", viewers interleaved" : ""} [min – max]; hover: median of ${HOVERS} hovers per run`,
    `  ${"step".padEnd(16)}${names.map((n) => n.slice(0, 26).padStart(28)).join("")}${names.length > 1 ? "   new ÷ old" : ""}`,
    ...STEPS.map((step) => {
      const cells = names.map((n) => {
        const xs = runs.get(n)!.map((f) => f[step]);
        return `${s(median(xs))} [${(Math.min(...xs) / 1000).toFixed(1)}–${(Math.max(...xs) / 1000).toFixed(1)}]`.padStart(28);
      });
      const ratio = names.length > 1 ? `   ${(median(runs.get(names[1]!)!.map((f) => f[step])) / Math.max(1, median(runs.get(names[0]!)!.map((f) => f[step])))).toFixed(3)}` : "";
      return `  ${LABEL[step].padEnd(16)}${cells.join("")}${ratio}`;
    }),
  ];
  return lines.join("\n") + "\n";
}
