// What every browser test file shares: one Chromium per file, one server of the viewer fixture,
// a fresh page per test, and the check that no test left a script error or a dialog behind.
// The viewer is built once per run, by the global setup (tests/setup/viewer-build.ts).
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/serve/index.ts";
import { findChromium, IN_CI, launch, openPage, painted, type Browser } from "./browser.ts";

export const FIXTURE = resolve("tests/fixtures/viewer/graph.json");
export const chromiumPath = findChromium();
/** describe.skipIf(skipBrowser): locally without Chromium the tests skip; under CI=true they fail */
export const skipBrowser = !chromiumPath && !IN_CI;

if (skipBrowser) console.warn("viewer browser tests skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)");

export interface ViewerSuite {
  /** the fixture's server */
  readonly url: string;
  /** a new page at base + hash, loaded and drawn */
  open(hash?: string, base?: string): Promise<Page>;
}

/** Call inside describe(): registers the hooks and returns the suite's handles. */
export function useViewer(): ViewerSuite {
  let server: RunningServer;
  let browser: Browser;
  let current: { page: Page; problems: string[]; dialogs: string[] } | null = null;

  beforeAll(async () => {
    if (!chromiumPath) throw new Error("CI=true but no Chromium at /usr/bin/chromium: .ci/run must apt-get install -y chromium");
    [server, browser] = await Promise.all([startServer({ graphPath: FIXTURE, port: 0 }), launch(chromiumPath)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    if (!current) return;
    const { page, problems, dialogs } = current;
    current = null;
    await page.close();
    expect(dialogs, "no script from the graph may open a dialog").toEqual([]);
    expect(problems, "page errors and console errors").toEqual([]);
  });

  return {
    get url() {
      return server.url;
    },
    async open(hash = "", base = server.url) {
      current = await openPage(browser, base + hash);
      await painted(current.page);
      return current.page;
    },
  };
}

export const displayed = (page: Page) => page.evaluate(() => window.__hkg!.displayedLabels());
export const panelLabel = (page: Page) => page.locator("#panel-label").textContent();
export const shot = (page: Page) => page.locator("#sigma").screenshot();
export const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));
