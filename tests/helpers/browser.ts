// Real headless Chromium for the viewer tests, through playwright-core and the system's browser
// (no browser downloads). Missing Chromium skips locally but fails under CI=true.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Download, type Page } from "playwright-core";
import { inject } from "vitest";
import "../../viewer/src/core/test-hook.ts";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const IN_CI = process.env.CI === "true";

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

// SwiftShader gives WebGL without a GPU; the rest keeps Chromium off the network.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];
const VIEWPORT = { width: 1280, height: 800 };

/**
 * A browser context of its own for the calling file. Inside the test run it is a new context in
 * the one Chromium the global setup started (tests/setup/chromium.ts): contexts share no cookies,
 * storage or pages, and the run starts Chromium once instead of once per file. Outside it (a script
 * importing this), Chromium is launched for the caller.
 */
export async function launch(executablePath: string): Promise<Browser> {
  const endpoint = inject("chromiumEndpoint");
  if (endpoint) {
    const shared = await chromium.connect(endpoint, { timeout: 300_000 });
    const context = await shared.newContext({ viewport: VIEWPORT });
    generousLimits(context);
    return {
      context,
      async close() {
        await context.close();
        await shared.close(); // disconnects; the global setup stops Chromium at the end of the run
      },
    };
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "hkg-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS });
  generousLimits(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright ends a navigation or an action (a click, a key press) after 30 s; under a load average
 * of 30 a page load and a key press on 20,000 entities took longer without being stuck. The limit
 * is for a hung page only.
 */
function generousLimits(context: BrowserContext): void {
  context.setDefaultTimeout(300_000);
  context.setDefaultNavigationTimeout(300_000);
}

/** A page that records everything a user would call broken: script errors, console errors, dialogs. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[]; dialogs: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  // generous: on a busy 2-core machine a large graph takes many seconds; this only ends a hung page
  await page.waitForFunction(() => window.__hkg?.ready === true, undefined, { polling: 50, timeout: 300_000 });
  return { page, problems, dialogs };
}

/**
 * Counts pixels of a screenshot inside the page (the browser decodes its own PNG): those that are
 * not background, and those within `tolerance` of `color`.
 */
export async function countPixels(page: Page, png: Buffer, color?: string, tolerance = 12): Promise<{ drawn: number; matching: number }> {
  return page.evaluate(
    async ({ b64, color, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const target = color ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : null;
      let drawn = 0;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
        if (r < 245 || g < 245 || b < 245) drawn++;
        if (target && Math.abs(r - target[0]!) <= tolerance && Math.abs(g - target[1]!) <= tolerance && Math.abs(b - target[2]!) <= tolerance) matching++;
      }
      return { drawn, matching };
    },
    { b64: png.toString("base64"), color, tolerance },
  );
}

/** Frames sigma has drawn so far on this page; pass it to painted() after an action. */
export function renders(page: Page): Promise<number> {
  return page.evaluate(() => window.__hkg!.renders());
}

/**
 * Waits until sigma has drawn what the page shows now: at least one frame after `since` (when
 * given) and nothing left scheduled, camera animations included. The timeout only ends a hung test.
 */
export async function painted(page: Page, since?: number, timeout = 300_000): Promise<void> {
  await page.waitForFunction((n) => window.__hkg!.renders() > (n ?? -1) && window.__hkg!.settled(), since, { polling: 50, timeout });
}

/** The bytes of a file the page downloaded (streamed: the run's Chromium may keep it where only it can read). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
