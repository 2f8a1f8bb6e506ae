#!/usr/bin/env node
// The hkg command. An installed package runs the compiled dist/ (plain Node, nothing else at
// start). A checkout runs src/ through tsx (a dev dependency), so a change to the TypeScript is
// live without a build and a stale dist/ left by `npm pack` is never what runs.
import { existsSync, readFileSync } from "node:fs";

const argv = process.argv.slice(2);
// answered before anything else is loaded: scripts call --version to check hkg is there
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
  process.exit(0);
}

// citty colours help and messages unless NO_COLOR is set (it reads the variable once, on import):
// colour is for a terminal, not for a pipe or a file
if (!process.stdout.isTTY && process.env.NO_COLOR === undefined) process.env.NO_COLOR = "1";

let main;
if (existsSync(new URL("../src/cli/main.ts", import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
  main = await import("../src/cli/main.ts");
} else {
  main = await import("../dist/cli/main.js");
}
await main.run(argv);
