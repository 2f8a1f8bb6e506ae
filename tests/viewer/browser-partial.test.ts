// The viewer in a real headless Chromium on a graph large enough that a whole redraw is dear:
// a hover or a selection must redo only the nodes and edges it changes, a filter all of them.
// Counted through the page's test hook (how many nodes and edges sigma's reducers were run
// for), never timed: how fast is `npm run bench -- --viewer` (bench/viewer.ts).
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startServer } from "../../src/serve/index.ts";
import { largeGraphJson } from "../../bench/large-graph.ts";
import { skipBrowser, useViewer } from "../helpers/viewer-suite.ts";

const NODES = 6_000;
const EDGES = 9_000;

interface Serialized {
  nodes: { key: string; attributes: { label: string; type: string } }[];
  edges: { key: string; source: string; target: string }[];
}

const reduced = (page: Page) => page.evaluate(() => window.__hkg!.reduced());
const veilShown = (page: Page) => page.locator(".sigma-hkg-veil").evaluate((e) => getComputedStyle(e).display !== "none");

describe.skipIf(skipBrowser)("viewer in Chromium: a hover redoes only what it changes", () => {
  const viewer = useViewer();

  it(`on ${NODES.toLocaleString("en")} entities, hovering and clicking a node re-reduce its neighbourhood only; a filter, everything`, async () => {
    const json = largeGraphJson(NODES, EDGES);
    const g = JSON.parse(json) as Serialized;
    const file = join(mkdtempSync(join(tmpdir(), "hkg-partial-")), "graph.json");
    writeFileSync(file, json);
    const big = await startServer({ graphPath: file, port: 0 });
    try {
      const page = await viewer.open("", big.url);
      const box = (await page.locator("#sigma").boundingBox())!;
      // mounting reduces every node and edge once
      expect(await reduced(page)).toEqual({ nodes: NODES, edges: EDGES });

      const at = await page.evaluate((l) => window.__hkg!.nodeScreenPosition(l), g.nodes[101]!.attributes.label);
      let before = await reduced(page);
      await page.mouse.move(box.x + at!.x, box.y + at!.y);
      await page.waitForFunction(() => window.__hkg!.hovered() !== null && window.__hkg!.settled());
      // whichever node is on top at that point: its neighbourhood, counted from the file
      const hovered = (await page.evaluate(() => window.__hkg!.hovered()))!;
      const incident = g.edges.filter((e) => e.source === hovered || e.target === hovered);
      const neighbourhood = new Set([hovered, ...incident.flatMap((e) => [e.source, e.target])]);
      expect(incident.length).toBeGreaterThan(0);
      let after = await reduced(page);
      // its relations are drawn above the veil by the page itself, not by sigma's edge reducer
      expect({ nodes: after.nodes - before.nodes, edges: after.edges - before.edges }).toEqual({ nodes: neighbourhood.size, edges: 0 });
      expect(await veilShown(page)).toBe(true);

      // a click selects it: one node changes
      before = after;
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForFunction((k) => window.__hkg!.selected() === k && window.__hkg!.settled(), hovered);
      after = await reduced(page);
      expect({ nodes: after.nodes - before.nodes, edges: after.edges - before.edges }).toEqual({ nodes: 1, edges: 0 });
      expect(await page.locator("#panel-label").textContent()).toBe(g.nodes.find((n) => n.key === hovered)!.attributes.label);

      // off the node: the same neighbourhood is redone, and the veil lifts
      before = after;
      await page.mouse.move(box.x + 2, box.y + 2);
      await page.waitForFunction(() => window.__hkg!.hovered() === null && window.__hkg!.settled());
      after = await reduced(page);
      expect({ nodes: after.nodes - before.nodes, edges: after.edges - before.edges }).toEqual({ nodes: neighbourhood.size, edges: 0 });
      expect(await veilShown(page)).toBe(false);

      // a filter changes what is shown everywhere: every node and edge again
      before = after;
      await page.locator('#legend input[data-id="Project"]').uncheck();
      await page.waitForFunction((n) => window.__hkg!.reduced().nodes >= n && window.__hkg!.settled(), before.nodes + NODES);
      after = await reduced(page);
      expect({ nodes: after.nodes - before.nodes, edges: after.edges - before.edges }).toEqual({ nodes: NODES, edges: EDGES });
    } finally {
      await big.close();
    }
  });
});
