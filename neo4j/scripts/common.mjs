// Shared paths and settings of the project's local Neo4j (neo4j/scripts/start.mjs, stop.mjs).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
// HKG_NEO4J_HOME: another store (npm run faults runs a throwaway server of its own there)
export const home = process.env.HKG_NEO4J_HOME || join(root, ".neo4j");
export const pidFile = join(home, "neo4j.pid");
export const logFile = join(home, "neo4j.log");
export const mavenDir = join(root, "neo4j");
export const classpathFile = join(mavenDir, "target", "classpath.txt");
export const classesDir = join(mavenDir, "target", "classes");

// Address and credentials come from the same rule hkg uses (src/neo4j/connection.ts), so the server
// started here is the one hkg and the tests reach, whichever of NEO4J_URI / NEO4J_PORT is set.
const { configFromEnv, localBoltPort } = await tsImport("../../src/neo4j/connection.ts", import.meta.url);
const config = configFromEnv();
export const { user, password } = config;

/** Where the server must listen for hkg to reach it; exits with the reason when NEO4J_URI is not local. */
export function localAddress() {
  try {
    const port = localBoltPort(config);
    return { port, uri: `bolt://127.0.0.1:${port}` };
  } catch (err) {
    process.stderr.write(`neo4j:start: ${err.message}\n`);
    process.exit(2);
  }
}

/** The pid in the pid file if that process is alive and is our launcher, else undefined. */
export function runningPid() {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    // A recycled pid must not be mistaken for ours: check the command line too.
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmd.includes("org.huaihaikg.neo4j.Launcher") ? pid : undefined;
  } catch {
    try {
      process.kill(pid, 0); // no /proc (macOS): fall back to "is it alive"
      return pid;
    } catch {
      return undefined;
    }
  }
}

export function logTail(lines = 40) {
  if (!existsSync(logFile)) return "(no log yet)";
  return readFileSync(logFile, "utf8").split("\n").slice(-lines).join("\n");
}
