#!/usr/bin/env node
// npm pack / npm publish run this first (package.json "prepack"): src/ compiled to dist/ with
// declarations, and the viewer built once, so the package runs on plain Node with neither tsx
// nor Vite installed. The viewer is built through the server's own atomic build (into a fresh
// folder, then swapped in), so a test or a server reading viewer/dist meanwhile never sees it half
// written; it is rebuilt only when older than its sources.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const say = (msg) => process.stderr.write(`prepack: ${msg}\n`);

say("compiling src/ to dist/ (tsc -p tsconfig.build.json)…");
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
if (r.status !== 0) {
  say(`tsc failed (exit ${r.status ?? r.signal})`);
  process.exit(1);
}

const { ensureViewerBuilt } = await import("../dist/serve/index.js");
const built = await ensureViewerBuilt({ log: say });
say(built ? "viewer built into viewer/dist" : "viewer/dist is up to date");
