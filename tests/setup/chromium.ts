// One headless Chromium for the whole run: the browser tests (tests/helpers/browser.ts) each open
// a context of their own in it rather than starting Chromium per file. Without Chromium nothing
// starts here, and the browser tests skip or fail (under CI=true) as they always did.
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, findChromium } from "../helpers/browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** ws:// address of the run's Chromium, "" when there is none */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromium();
  if (!executablePath) {
    project.provide("chromiumEndpoint", "");
    return async () => {};
  }
  const server = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  project.provide("chromiumEndpoint", server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
