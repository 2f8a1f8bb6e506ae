// One headless Chromium for the whole run: the browser tests (tests/helpers/browser.ts) each open
// a context of their own in it rather than starting Chromium per file. Without Chromium nothing
// starts here, and the browser tests skip or fail (under CI=true) as they always did.
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
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
    const cpu = process.env.HKG_TEST_CPU ? treeCpuSeconds(server.process().pid!) : 0;
    await server.close();
    if (process.env.HKG_TEST_CPU) appendFileSync(process.env.HKG_TEST_CPU, `${cpu.toFixed(1)}\tChromium, all files (tests/setup/chromium.ts)\n`);
  };
}

/** CPU seconds of a process and all its descendants, living or reaped (Linux /proc; 0 elsewhere). */
function treeCpuSeconds(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // ppid is field 4 of stat(5); utime, stime, cutime, cstime are 14–17
      stats.set(Number(e), { ppid: Number(f[1]), ticks: f.slice(11, 15).reduce((a, b) => a + Number(b), 0) });
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid; p > 1; p = stats.get(p)?.ppid ?? 0) if (p === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
  return ticks / 100;
}
