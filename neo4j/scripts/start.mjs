#!/usr/bin/env node
// npm run neo4j:start — resolves Neo4j Community with Maven (jars cached in ~/.m2), starts the
// launcher in the background and returns once Bolt accepts our credentials. Idempotent.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import {
  classesDir, classpathFile, home, localAddress, logFile, logTail, mavenDir, password, pidFile, root, runningPid, user,
} from "./common.mjs";

const { port, uri } = localAddress();

const timeoutMs = Number(process.env.NEO4J_START_TIMEOUT || 180) * 1000;
const t0 = Date.now();
const say = (msg) => process.stderr.write(`neo4j:start: ${msg}\n`);

function fail(msg) {
  say(msg);
  process.exit(1);
}

/** Compiles the launcher and writes its classpath, unless both are newer than their sources. */
function build() {
  const sources = [join(mavenDir, "pom.xml"), join(mavenDir, "src/main/java/org/huaihaikg/neo4j/Launcher.java")];
  // Maven leaves unchanged outputs untouched, so their mtimes say nothing: keep a stamp of our own.
  const stamp = join(mavenDir, "target", ".built");
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(stamp) && existsSync(classpathFile) && statSync(stamp).mtimeMs >= newest) return;
  say("resolving Neo4j with Maven (first run downloads ~200 jars into ~/.m2)…");
  const r = spawnSync(
    "mvn",
    ["-q", "-B", "-f", join(mavenDir, "pom.xml"), "compile", "dependency:build-classpath", `-Dmdep.outputFile=${classpathFile}`],
    { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
  );
  if (r.error) fail(`cannot run mvn (${r.error.message}); install Maven 3.8+ and a JDK 17+`);
  if (r.status !== 0) fail(`Maven failed (exit ${r.status}):\n${(r.stdout + r.stderr).split("\n").slice(-30).join("\n")}`);
  writeFileSync(stamp, new Date().toISOString() + "\n");
}

async function boltAnswers() {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 3000 });
  try {
    await driver.verifyConnectivity();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err };
  } finally {
    await driver.close();
  }
}

function portTaken() {
  return new Promise((resolve) => {
    const s = createConnection({ host: "127.0.0.1", port });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

/** The launcher prints this once the password is set; Bolt listens a moment earlier. */
const READY = "huaihai-kg neo4j: bolt://";

async function waitForBolt(pid, logOffset) {
  let last;
  while (Date.now() - t0 < timeoutMs) {
    if (pid !== undefined && runningPid() !== pid) {
      fail(`Neo4j exited during start-up. Last lines of ${logFile}:\n${logTail()}`);
    }
    // Knocking before the password is set would count as failed logins (and can lock the user).
    if (logOffset === undefined || readFileSync(logFile, "utf8").slice(logOffset).includes(READY)) {
      const r = await boltAnswers();
      if (r.ok) return;
      last = r.error;
      if (last?.code === "Neo.ClientError.Security.Unauthorized") {
        fail(`${uri} answers but refuses user "${user}" with NEO4J_PASSWORD; another server may hold the port, or the running one was started with another password (npm run neo4j:stop, then start again)`);
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`no Bolt answer on ${uri} after ${timeoutMs / 1000}s (${last?.message ?? "server not ready"}). Last lines of ${logFile}:\n${logTail()}`);
}

const existing = runningPid();
if (existing !== undefined) {
  await waitForBolt(existing);
  say(`already running (pid ${existing}) on ${uri}`);
  process.exit(0);
}
if (existsSync(pidFile)) unlinkSync(pidFile); // stale: that process is gone
if (await portTaken()) {
  fail(`port ${port} on 127.0.0.1 is in use by a process this project did not start; stop it or set NEO4J_PORT`);
}

build();
mkdirSync(home, { recursive: true });
const classpath = `${classesDir}:${readFileSync(classpathFile, "utf8").trim()}`;
const logOffset = existsSync(logFile) ? readFileSync(logFile, "utf8").length : 0;
const log = openSync(logFile, "a");
const child = spawn(
  "java",
  [`-Xmx${process.env.NEO4J_HEAP || "1g"}`, "-XX:+UseG1GC", "-cp", classpath, "org.huaihaikg.neo4j.Launcher", home],
  { cwd: root, detached: true, stdio: ["ignore", log, log], env: { ...process.env, NEO4J_PORT: String(port), NEO4J_PASSWORD: password } },
);
child.on("error", (err) => fail(`cannot start java: ${err.message}`));
writeFileSync(pidFile, `${child.pid}\n`);
child.unref();
say(`starting (pid ${child.pid}), log in ${logFile}`);
await waitForBolt(child.pid, logOffset);
say(`ready on ${uri} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
process.exit(0);
