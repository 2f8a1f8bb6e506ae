// npm run faults — fault injection, not part of npm test. Kills `hkg build` with SIGKILL at many
// moments while it builds a larger generated corpus and checks that the output folder always
// holds one build's set; kills a throwaway Neo4j server during `hkg load` of a large graph,
// restarts it and loads again; runs two loads at once; runs --wipe beside data that is not ours.
// Prints a table of trials and outcomes; exits 1 if any trial lost or mixed anything.
//
//   npm run faults                       # everything (about 10–20 minutes on 2 busy cores)
//   npm run faults -- --kills 30 --mb 3  # more kill moments, a larger corpus
//   npm run faults -- --no-neo4j         # build trials only (no Java needed)
//
// The Neo4j trials start their own server (neo4j/scripts/start.mjs with a store in a temporary
// folder) on NEO4J_PORT, or on a free port when it is not set; they never touch the project's
// .neo4j store. Every step has a time limit, so a hang is a failed trial, not a stuck script.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { makeCorpus } from "../bench/corpus.ts";
import { OUTPUT_FILES } from "../src/export/index.ts";
import { readCommitted, recoverOutputs } from "../src/graph-file/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HKG = path.join(ROOT, "bin/hkg.js");
const KILL_AT = path.join(ROOT, "scripts/faults/kill-at.mjs");
// every file of a build's set (graph.graphml joined the three first ones)
const NAMES = OUTPUT_FILES;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
};
for (const a of argv) {
  if (a.startsWith("--") && !["--kills", "--mb", "--nodes", "--no-neo4j", "--no-build", "--keep"].includes(a)) {
    console.error(`faults: unknown option ${a}`);
    process.exit(2);
  }
}
const KILLS = option("kills", 24);
const MB = option("mb", 1);
const NODES = option("nodes", 30_000);
const STEP_LIMIT_MS = 15 * 60_000;

interface Trial {
  group: string;
  moment: string;
  observed: string;
  outcome: string;
  ok: boolean;
}
const trials: Trial[] = [];
let killCount = 0;
const say = (msg: string) => process.stderr.write(`faults: ${msg}\n`);
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

function record(t: Trial): void {
  trials.push(t);
  say(`${t.ok ? "ok  " : "FAIL"} ${t.group} | ${t.moment} | ${t.observed} | ${t.outcome}`);
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a child to its end (or kills it after STEP_LIMIT_MS); `onStart` may kill it earlier. */
function runChild(args: string[], env: NodeJS.ProcessEnv = {}, onStart?: (child: ChildProcess, out: { stderr: string }) => void): Promise<Run> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const out = { stdout: "", stderr: "" };
    child.stdout!.on("data", (c) => (out.stdout += String(c)));
    child.stderr!.on("data", (c) => (out.stderr += String(c)));
    const limit = setTimeout(() => child.kill("SIGKILL"), STEP_LIMIT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      ok({ code, signal, ...out });
    });
    onStart?.(child, out);
  });
}

const hkg = (args: string[], env: NodeJS.ProcessEnv = {}, onStart?: Parameters<typeof runChild>[2]) => runChild([HKG, ...args], env, onStart);

const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

// ---------------------------------------------------------------- the build trials

interface BuildRefs {
  /** tag (A, B) → hash of each of the three files */
  sets: Map<string, Record<string, string>>;
  inputs: Map<string, string[]>;
  buildSeconds: number;
}

/** Which build's file this is: "A", "B", or "?" when it matches neither (a partial or foreign file). */
function tagOf(refs: BuildRefs, name: string, hash: string): string {
  for (const [tag, set] of refs.sets) if (set[name] === hash) return tag;
  return "?";
}

/** What a reader opening the folder finds (through readCommitted, as hkg load and hkg serve read). */
async function readerView(refs: BuildRefs, dir: string): Promise<string[]> {
  const tags: string[] = [];
  for (const n of NAMES) {
    try {
      tags.push(tagOf(refs, n, sha(await readCommitted(path.join(dir, n)))));
    } catch {
      tags.push("missing");
    }
  }
  return tags;
}

/** The files lying in the folder itself, by build. */
function rawView(refs: BuildRefs, dir: string): string[] {
  return NAMES.map((n) => (existsSync(path.join(dir, n)) ? tagOf(refs, n, sha(readFileSync(path.join(dir, n)))) : "missing"));
}

// the extraction cache lives beside the outputs on purpose (README, "Rebuilding a growing folder");
// a killed build can leave an entry's temp file inside it, which the next build's pruning removes
const extras = (dir: string) => readdirSync(dir).filter((e) => !(NAMES as readonly string[]).includes(e) && e !== ".hkg-cache");
/** The other entries, by kind: what a killed build left beside the outputs. */
function leftoverKinds(entries: string[]): string {
  if (!entries.length) return "nothing else";
  const kind = (e: string) =>
    e.startsWith(".hkg-staging-") ? "staging folder" : e === ".hkg-commit.json" ? "journal" : e.startsWith(".hkg-lock") ? "lock" : e.endsWith(".tmp") ? "temp file" : e;
  return [...new Set(entries.map(kind))].join(", ");
}
const one = (tags: string[]) => (new Set(tags).size === 1 && tags[0] !== "?" && tags[0] !== "missing" ? tags[0]! : undefined);

async function buildTrials(root: string): Promise<void> {
  say(`writing a ${MB} MB corpus…`);
  const corpus = makeCorpus(path.join(root, "corpus"), path.join(ROOT, "corpus"), MB);
  // build B = A plus one more document, so the two sets differ in every file
  const extra = path.join(root, "extra", "extra.txt");
  mkdirSync(path.dirname(extra), { recursive: true });
  writeFileSync(extra, readFileSync(path.join(ROOT, "corpus", readdirSync(path.join(ROOT, "corpus")).sort()[0]!), "utf8").replaceAll("徐州", "宿迁") + "\n（增补）\n");
  const refs: BuildRefs = { sets: new Map(), inputs: new Map([["A", [corpus.dir]], ["B", [corpus.dir, extra]]]), buildSeconds: 0 };
  for (const tag of ["A", "B"]) {
    const out = path.join(root, `ref-${tag}`);
    const t0 = performance.now();
    const r = await hkg(["build", ...refs.inputs.get(tag)!, "--out", out, "--quiet"]);
    if (r.code !== 0) throw new Error(`reference build ${tag} failed: ${r.stderr}`);
    refs.buildSeconds = Math.max(refs.buildSeconds, (performance.now() - t0) / 1000);
    refs.sets.set(tag, Object.fromEntries(NAMES.map((n) => [n, sha(readFileSync(path.join(out, n)))])));
  }
  say(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB; one build takes about ${refs.buildSeconds.toFixed(0)} s`);

  const out = path.join(root, "out");
  const first = await hkg(["build", ...refs.inputs.get("A")!, "--out", out, "--quiet"]);
  if (first.code !== 0) throw new Error(`first build failed: ${first.stderr}`);

  // moments: exact steps of the commit (injected), the staging folder appearing (watched), and
  // points spread over the whole build by time
  const exact = ["before-commit", "after-commit", "renamed:1", "renamed:2", "renamed:3", "journal-gone"];
  const timed = Math.max(KILLS - exact.length - 1, 1);
  const moments: { label: string; fault?: string; watch?: boolean; fraction?: number }[] = [
    ...exact.map((f) => ({ label: `at commit step ${f}`, fault: f })),
    { label: "when the staging folder appears", watch: true },
    ...Array.from({ length: timed }, (_, i) => {
      const f = (i + 1) / (timed + 1);
      return { label: `after ${Math.round(f * 100)}% of a build's time`, fraction: f };
    }),
  ];

  let current = "A";
  // the fastest uninterrupted build seen: timed kills are fractions of it, so a machine that
  // speeds up does not turn them into builds that finish before the kill
  let fastest = refs.buildSeconds * 1000;
  let kills = 0;
  for (const m of moments) {
    for (let attempt = 1; ; attempt++) {
      const next = current === "A" ? "B" : "A";
      let watcher: ReturnType<typeof watch> | undefined;
      let timer: NodeJS.Timeout | undefined;
      const started = performance.now();
      const afterMs = m.fraction === undefined ? undefined : m.fraction * fastest;
      const r = await hkg(["build", ...refs.inputs.get(next)!, "--out", out, "--quiet"], m.fault ? { NODE_OPTIONS: `--import ${KILL_AT}`, HKG_FAULT: m.fault } : {}, (child) => {
        if (m.watch) {
          watcher = watch(out, (_e, name) => {
            if (String(name).startsWith(".hkg-staging-")) child.kill("SIGKILL");
          });
        }
        if (afterMs !== undefined) timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
      });
      watcher?.close();
      clearTimeout(timer);
      const killed = r.signal === "SIGKILL";
      if (!killed) fastest = Math.min(fastest, performance.now() - started);
      const raw = rawView(refs, out);
      const reader = await readerView(refs, out);
      const leftovers = extras(out);
      // what the next build does first: finish a decided commit, remove what dead processes left
      await recoverOutputs(out, [...NAMES]);
      const after = rawView(refs, out);
      const afterExtras = extras(out);
      const readerSet = one(reader);
      const afterSet = one(after);
      const expectedNow = killed ? undefined : next;
      const ok =
        readerSet !== undefined &&
        (readerSet === current || readerSet === next) &&
        afterSet === readerSet &&
        afterExtras.length === 0 &&
        (expectedNow === undefined || afterSet === expectedNow) &&
        (killed || r.code === 0);
      record({
        group: "build kill -9",
        moment: `${m.label}${killed ? "" : " (finished first)"}`,
        observed: `files ${raw.join("/")}; ${leftoverKinds(leftovers)}`,
        outcome: `reader: ${readerSet ? (readerSet === current ? "old set" : "new set") : `MIXED ${reader.join("/")}`}; after recovery: ${afterSet ? (afterSet === readerSet ? "same set" : "OTHER set") : `MIXED ${after.join("/")}`}, ${afterExtras.length ? `left ${afterExtras.join(" ")}` : "nothing left over"}`,
        ok,
      });
      if (afterSet) current = afterSet;
      if (killed) kills++;
      if (killed || m.fraction === undefined || attempt === 3) break;
      say(`the build finished before ${m.label}; again with the faster build's time`);
    }
  }
  say(`${kills} builds killed`);
  killCount = kills;

  // a build after all that: the folder is clean and holds its set, byte-identical to the reference
  const last = await hkg(["build", ...refs.inputs.get("A")!, "--out", out, "--quiet"]);
  const final = rawView(refs, out);
  record({
    group: "build kill -9",
    moment: "a normal build afterwards",
    observed: `exit ${last.code}`,
    outcome: `files ${final.join("/")}, ${extras(out).length ? `left ${extras(out).join(" ")}` : "nothing left over"}`,
    ok: last.code === 0 && one(final) === "A" && extras(out).length === 0,
  });
}

// ---------------------------------------------------------------- the Neo4j trials

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

async function neo4jTrials(root: string): Promise<void> {
  const port = Number(process.env.NEO4J_PORT || (await freePort()));
  const home = path.join(root, "neo4j");
  // a busy machine can take minutes to start Java: a generous limit, not a hang (every step has one)
  const env = { NEO4J_PORT: String(port), HKG_NEO4J_HOME: home, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_START_TIMEOUT: process.env.NEO4J_START_TIMEOUT || "600" };
  const user = process.env.NEO4J_USER || "neo4j";
  const password = process.env.NEO4J_PASSWORD || "huaihai-kg";
  const database = process.env.NEO4J_DATABASE || "neo4j";
  const pidFile = path.join(home, "neo4j.pid");

  const start = async () => {
    const t0 = performance.now();
    const r = await runChild([path.join(ROOT, "neo4j/scripts/start.mjs")], env);
    if (r.code !== 0) throw new Error(`cannot start the throwaway Neo4j on port ${port}: ${r.stderr}`);
    return seconds(t0);
  };
  const killServer = () => {
    const pid = Number(readFileSync(pidFile, "utf8").trim());
    process.kill(pid, "SIGKILL");
    return pid;
  };
  const stop = () => runChild([path.join(ROOT, "neo4j/scripts/stop.mjs")], env);

  say(`starting a throwaway Neo4j on port ${port} (store in ${home})…`);
  try {
    await start();
  } catch (err) {
    await stop(); // a server that came up after the start script gave up
    throw err;
  }
  const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(user, password));
  const q = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());
  const num = (v: unknown) => Number(v);

  try {
    // a large graph in the graph.json contract (seeded, the viewer tests' generator)
    const graphFile = path.join(root, "large.graph.json");
    const { largeGraphJson } = await import("../bench/large-graph.ts");
    const graph = JSON.parse(largeGraphJson(NODES, NODES * 2)) as { nodes: { key: string }[]; edges: { source: string; target: string; attributes: { type: string } }[] };
    // hkg build writes one edge per type and node pair (and hkg load refuses a file with two)
    const seen = new Set<string>();
    graph.edges = graph.edges.filter((e) => {
      const id = `${e.source}|${e.attributes.type}|${e.target}`;
      return seen.has(id) ? false : (seen.add(id), true);
    });
    writeFileSync(graphFile, JSON.stringify(graph));
    const expectedMerged = graph.edges.length;

    /** counts in the database against the file: equal, and no id twice */
    const check = async (): Promise<{ ok: boolean; text: string }> => {
      const [n] = await q("MATCH (e:Entity) RETURN count(e) AS n, count(DISTINCT e.id) AS ids");
      const [r] = await q("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n");
      const [dupes] = await q("MATCH (a:Entity)-[r]->(b:Entity) WITH a, b, type(r) AS t, count(*) AS c WHERE c > 1 RETURN count(*) AS n");
      const entities = num(n!.n);
      const ids = num(n!.ids);
      const rels = num(r!.n);
      const ok = entities === graph.nodes.length && ids === entities && rels === expectedMerged;
      return { ok, text: `${entities}/${graph.nodes.length} entities, ${rels}/${expectedMerged} relations, ${num(dupes!.n)} repeated pairs` };
    };

    await dropAll();

    // one full load for the timings and the reference counts
    const t0 = performance.now();
    const full = await hkg(["load", graphFile, "--batch", "500"], env);
    const loadSeconds = (performance.now() - t0) / 1000;
    const base = await check();
    record({ group: "neo4j", moment: `a whole load of ${graph.nodes.length} nodes, ${graph.edges.length} edges`, observed: `exit ${full.code} in ${loadSeconds.toFixed(0)} s`, outcome: base.text, ok: full.code === 0 && base.ok });

    // the server killed part way through a load, at a batch count seen on hkg load's progress lines
    for (const fraction of [0.2, 0.5, 0.85]) {
      await dropAll();
      let killedAt = "";
      const r = await hkg(["load", graphFile, "--batch", "500"], env, (child, out) => {
        const timer = setInterval(() => {
          const m = [...out.stderr.matchAll(/load: batch (\d+)\/(\d+)/g)].at(-1);
          if (m && Number(m[1]) >= Number(m[2]) * fraction) {
            clearInterval(timer);
            killedAt = `${m[1]}/${m[2]}`;
            killServer();
          }
        }, 20);
        child.on("close", () => clearInterval(timer));
      });
      const message = r.stderr.split("\n").find((l) => l.startsWith("hkg:")) ?? r.stderr.trim().split("\n").at(-1) ?? "";
      const restart = await start();
      await driver.verifyConnectivity().catch(() => undefined);
      const again = await hkg(["load", graphFile, "--quiet"], env);
      const after = await check();
      const third = await hkg(["load", graphFile], env);
      const unchanged = /nodes:\s+0 created/.test(third.stdout) && /relationships:\s+0 created/.test(third.stdout);
      record({
        group: "neo4j server kill -9",
        moment: `during hkg load, after batch ${killedAt || "?"}`,
        observed: `load exit ${r.code}: ${message.slice(0, 90)}; restarted in ${restart} s`,
        outcome: `load again exit ${again.code}: ${after.text}; a third load creates ${unchanged ? "nothing" : "SOMETHING"}`,
        ok: killedAt !== "" && r.code !== 0 && again.code === 0 && after.ok && unchanged,
      });
    }

    // hkg load itself killed part way, then run again
    {
      await dropAll();
      const r = await hkg(["load", graphFile, "--batch", "500"], env, (child, out) => {
        const timer = setInterval(() => {
          const m = [...out.stderr.matchAll(/load: batch (\d+)\/(\d+)/g)].at(-1);
          if (m && Number(m[1]) >= Number(m[2]) / 2) {
            clearInterval(timer);
            child.kill("SIGKILL");
          }
        }, 20);
        child.on("close", () => clearInterval(timer));
      });
      const again = await hkg(["load", graphFile, "--quiet"], env);
      const after = await check();
      record({ group: "neo4j", moment: "hkg load itself killed -9 half way", observed: `killed: ${r.signal === "SIGKILL"}`, outcome: `load again exit ${again.code}: ${after.text}`, ok: r.signal === "SIGKILL" && again.code === 0 && after.ok });
    }

    // two loads at once into an empty database
    {
      await dropAll();
      const [a, b] = await Promise.all([hkg(["load", graphFile, "--quiet"], env), hkg(["load", graphFile, "--quiet"], env)]);
      const after = await check();
      const errs = [a, b].filter((x) => x.code !== 0).map((x) => x.stderr.trim().split("\n").at(-1));
      record({ group: "neo4j", moment: "two hkg load at once, empty database", observed: `exits ${a.code} and ${b.code}${errs.length ? `: ${errs.join("; ").slice(0, 80)}` : ""}`, outcome: after.text, ok: a.code === 0 && b.code === 0 && after.ok });
    }

    // --wipe beside data that is not ours
    {
      await q("CREATE (:Customer {name: 'keep me'})-[:KNOWS]->(:Customer {name: 'me too'})");
      await q("CREATE (:Entity {id: 'written by someone else'})");
      const r = await hkg(["load", graphFile, "--wipe", "--quiet"], env);
      const [others] = await q("MATCH (c:Customer)-[:KNOWS]->(:Customer) RETURN count(c) AS n");
      const [foreign] = await q("MATCH (e:Entity {id: 'written by someone else'}) RETURN count(e) AS n");
      const after = await check();
      const survived = num(others!.n) === 1 && num(foreign!.n) === 1;
      // the foreign :Entity is counted by check(): one more than the file
      const ours = after.text.replace(/^(\d+)/, (s) => String(Number(s) - 1));
      record({
        group: "neo4j",
        moment: "hkg load --wipe with other data in the database",
        observed: `exit ${r.code}`,
        outcome: `other data ${survived ? "kept (2 :Customer, 1 foreign :Entity)" : "LOST"}; ${ours}`,
        ok: r.code === 0 && survived && ours.startsWith(`${graph.nodes.length}/`),
      });
      await q("MATCH (n) WHERE n:Customer OR n.id = 'written by someone else' DETACH DELETE n");
    }

    async function dropAll(): Promise<void> {
      const s = driver.session({ database });
      try {
        await s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
      } finally {
        await s.close();
      }
    }
  } finally {
    await driver.close();
    await stop();
  }
}

// ---------------------------------------------------------------- main

function table(rows: Trial[]): string {
  const head = ["#", "trial", "moment", "observed right after", "outcome", "verdict"];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  rows.forEach((t, i) => lines.push(`| ${i + 1} | ${t.group} | ${t.moment} | ${t.observed} | ${t.outcome} | ${t.ok ? "consistent" : "**FAILED**"} |`));
  return lines.join("\n");
}

const root = mkdtempSync(path.join(tmpdir(), "hkg-faults-"));
const t0 = performance.now();
let crashed: unknown;
try {
  if (!flag("no-build")) await buildTrials(root);
  if (!flag("no-neo4j")) await neo4jTrials(root);
} catch (err) {
  crashed = err;
} finally {
  if (!flag("keep")) rmSync(root, { recursive: true, force: true });
}
process.stdout.write(`\n${table(trials)}\n\n`);
const failed = trials.filter((t) => !t.ok).length;
process.stdout.write(`${trials.length} trials (${killCount} builds killed with SIGKILL), ${failed} failed, ${seconds(t0)} s${crashed ? `; stopped early: ${(crashed as Error).message}` : ""}\n`);
process.exit(failed || crashed ? 1 : 0);
