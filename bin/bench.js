#!/usr/bin/env node
// Runs the TypeScript benchmark through tsx, as bin/hkg.js runs the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../bench/run.ts");
await main(process.argv.slice(2));
