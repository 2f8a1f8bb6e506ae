// A mistyped command line is refused with exit 2 and the closest valid flag, before anything is
// read or written (each run below starts in an empty folder, which must stay empty); the exit
// codes are the README's table; output meant for scripts comes as JSON and without colour.
// The commands run in-process (tests/helpers/cli.ts, the same src/cli/main.ts as bin/hkg.js);
// only the colour check spawns the real binary, since colour is decided by its start-up.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkArgs } from "../../src/cli/args.ts";
import { CliError, EXIT } from "../../src/cli/errors.ts";
import { hkg as hkgInProcess, type CliResult } from "../helpers/cli.ts";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join(root, "corpus");

interface Run extends CliResult {
  cwd: string;
}

/** hkg in a fresh empty folder, in this process, stdout and stderr captured (not a terminal) */
async function hkg(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const cwd = mkdtempSync(path.join(tmpdir(), "hkg-mistake-"));
  return { ...(await hkgInProcess(args, env, { cwd })), cwd };
}

/** the real bin/hkg.js in a fresh empty folder, stdout and stderr piped (not a terminal) */
function hkgSpawned(args: string[]): Promise<Run> {
  const cwd = mkdtempSync(path.join(tmpdir(), "hkg-mistake-"));
  // as in a user's terminal session: none of the variables that switch colour off by themselves
  const { NO_COLOR: _n, TEST: _t, CI: _c, VITEST: _v, ...base } = process.env;
  const child = spawn(process.execPath, [path.join(root, "bin", "hkg.js"), ...args], { cwd, env: { ...base, TERM: "xterm-256color" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += String(c)));
  child.stderr.on("data", (c) => (stderr += String(c)));
  return new Promise((ok) => child.on("close", (code) => ok({ code: code ?? -1, stdout, stderr, cwd })));
}

// an address where nothing listens: a command that got past the check would fail there with 3
const nowhere = { NEO4J_URI: "bolt://127.0.0.1:1" };

describe("mistakes on the command line", () => {
  const cases: [string[], RegExp][] = [
    [["build", corpus, "--outdir", "out-x"], /unknown option --outdir for hkg build; did you mean --out\?/],
    [["build", corpus, "--out"], /option --out needs a value \(--out DIR\)/],
    [["build", corpus, "--out", "--quiet"], /option --out needs a value/],
    [["build", corpus, "-qo"], /option -o needs a value/],
    [["build", corpus, "--gexf-version", "1.4"], /--gexf-version .*1\.4.*1\.3, 1\.2/],
    [["build", corpus, "--jobs", "0"], /--jobs 0: not a number of threads \(1 to 64\)/],
    [["load", "--wpie"], /unknown option --wpie for hkg load; did you mean --wipe\?/],
    [["load", "--batch"], /option --batch needs a value/],
    [["eval", "tests/fixtures/gold", "--grpah", "x.json"], /unknown option --grpah for hkg eval; did you mean --graph\?/],
    [["serve", "--prot", "0"], /unknown option --prot for hkg serve; did you mean --port\?/],
    [["query", "find-entity", "--formt", "json"], /unknown option --formt for hkg query; did you mean --format\?/],
    [["queries", "extra"], /hkg queries takes no argument "extra"/],
    [["--bogus"], /unknown option --bogus/],
    [["biuld"], /unknown command "biuld"/],
  ];
  it("each exits 2 with one clear line, touches nothing and reaches no server", async () => {
    for (const [args, message] of cases) {
      const r = await hkg(args, nowhere);
      const what = `hkg ${args.join(" ")}`;
      expect(r.code, what).toBe(EXIT.usage);
      expect(r.stderr, what).toMatch(message);
      expect(r.stderr.trim().split("\n"), what).toHaveLength(1);
      expect(r.stderr, what).not.toMatch(/\x1b\[/);
      expect(r.stdout, what).toBe("");
      expect(readdirSync(r.cwd), what).toEqual([]);
    }
  });

  it("the same line is accepted once the mistake is fixed (so the refusals above are not blanket)", async () => {
    const r = await hkg(["build", corpus, "--out", "out-x", "-q", "--gexf-version=1.2"]);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(r.cwd, "out-x")).sort()).toEqual([".hkg-cache", "graph.cypher", "graph.gexf", "graph.graphml", "graph.json"]);
  });
});

describe("checkArgs", () => {
  const args = {
    paths: { type: "positional" as const, required: false },
    out: { type: "string" as const, alias: "o", valueHint: "DIR" },
    quiet: { type: "boolean" as const, alias: "q" },
    port: { type: "string" as const },
  };
  const refusal = (raw: string[]) => {
    try {
      checkArgs(raw, args, "build");
      return undefined;
    } catch (err) {
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(EXIT.usage);
      return (err as Error).message;
    }
  };

  it("accepts every spelling of a valid line", () => {
    for (const raw of [["a", "b"], ["--out", "x"], ["--out=x"], ["-o", "x"], ["-qo", "x"], ["--no-quiet"], ["--port", "-1"], ["--", "--not-a-flag"], ["--help"]]) {
      expect(refusal(raw), raw.join(" ")).toBeUndefined();
    }
  });

  it("refuses unknown flags with the closest valid one, and options left without a value", () => {
    expect(refusal(["--qiet"])).toMatch(/did you mean --quiet\?/);
    expect(refusal(["--out="])).toMatch(/--out needs a value/);
    expect(refusal(["-oq", "x"])).toMatch(/-o needs a value and must come last/);
    expect(refusal(["-z"])).toMatch(/unknown option -z/);
  });
});

describe("exit codes", () => {
  it("the README's table is the one the CLI uses", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Exit codes"));
    const rows = [...section.matchAll(/^\| (\d) \| /gm)].map((m) => Number(m[1]));
    expect(rows).toEqual(Object.values(EXIT));
  });

  it("a missing input is 2 for every command that takes one; Neo4j out of reach is 3", async () => {
    const build = await hkg(["build", "no/such/folder"]);
    const load = await hkg(["load", "no/such/graph.json"], nowhere);
    const evalRun = await hkg(["eval", "no/such/gold"]);
    const serve = await hkg(["serve", "no/such/graph.json", "--port", "0"]);
    const query = await hkg(["query", "find-entity"], nowhere);
    expect([build.code, load.code, evalRun.code, serve.code]).toEqual([2, 2, 2, 2]);
    expect(query.code).toBe(EXIT.neo4j);
    for (const r of [build, load, evalRun, serve]) expect(readdirSync(r.cwd)).toEqual([]);
  });
});

describe("output for scripts", () => {
  it("build --json prints the summary as JSON, matching the graph it wrote", async () => {
    const r = await hkg(["build", corpus, "--out", "o", "--json"]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    const graph = JSON.parse(readFileSync(path.join(r.cwd, "o", "graph.json"), "utf8"));
    expect(summary.documents).toBe(5);
    expect(summary.entities.total).toBe(graph.nodes.length);
    expect(summary.relations.total).toBe(graph.edges.length);
    expect(summary.files).toEqual(["o/graph.json", "o/graph.gexf", "o/graph.graphml", "o/graph.cypher"]);
  });

  it("eval --json prints the scores as JSON", async () => {
    const r = await hkg(["eval", path.join(root, "tests/fixtures/gold"), "--graph", path.join(root, "graph/graph.json"), "--json"]);
    expect(r.code).toBe(0);
    const scores = JSON.parse(r.stdout);
    expect(scores.nodes.f1).toBeGreaterThan(0.9);
    expect(scores.edges.f1).toBeGreaterThan(0.9);
  });

  it("help piped into a file or another program has no colour codes", async () => {
    // the command list and one command's own help (load and the rest take the same path)
    for (const args of [["--help"], ["build", "--help"]]) {
      const r = await hkgSpawned(args);
      expect(r.stdout).toMatch(/USAGE/);
      expect(r.stdout).not.toMatch(/\x1b\[/);
    }
  });
});
