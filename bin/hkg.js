#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so a clone needs no separate compile step.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/main.ts");
await run(process.argv.slice(2));
