#!/usr/bin/env node
// npm run neo4j:stop — stops only the Neo4j that neo4j:start started (by its pid file).
import { existsSync, unlinkSync } from "node:fs";
import { pidFile, runningPid } from "./common.mjs";

const say = (msg) => process.stderr.write(`neo4j:stop: ${msg}\n`);
const pid = runningPid();
if (pid === undefined) {
  if (existsSync(pidFile)) unlinkSync(pidFile);
  say("not running");
  process.exit(0);
}
process.kill(pid, "SIGTERM"); // the launcher's shutdown hook closes the store cleanly
const deadline = Date.now() + 60_000;
while (runningPid() === pid && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
if (runningPid() === pid) {
  say(`pid ${pid} did not stop within 60s; sending SIGKILL`);
  process.kill(pid, "SIGKILL");
}
unlinkSync(pidFile);
say(`stopped (pid ${pid})`);
