#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so a clone needs no separate compile step.
import { register } from "tsx/esm/api";

register();
// citty colours help and messages unless NO_COLOR is set (it reads the variable once, on import):
// colour is for a terminal, not for a pipe or a file
if (!process.stdout.isTTY && process.env.NO_COLOR === undefined) process.env.NO_COLOR = "1";
const { run } = await import("../src/cli/main.ts");
await run(process.argv.slice(2));
