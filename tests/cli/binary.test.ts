// The real bin/hkg.js in a child process, end to end: TypeScript start-up through tsx, argv, the
// streams and the exit status as a shell sees them. Everything else about the commands is tested
// in-process (tests/helpers/cli.ts), which runs the same src/cli/main.ts without the start-up.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closedPort, hkgBinary, ROOT } from "../helpers/cli.ts";

describe("bin/hkg.js", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "hkg-bin-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("builds a graph from a GBK document, naming the unreadable files on stderr, and exits 0", () => {
    const input = path.join(tmp, "in");
    const out = path.join(tmp, "out");
    mkdirSync(input);
    for (const f of ["gbk-report.txt", "junk.txt"]) copyFileSync(path.join(ROOT, "tests", "fixtures", "ingest", f), path.join(input, f));
    const r = hkgBinary(["build", input, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^hkg: ${path.join(input, "junk.txt")}: binary file`));
    expect(r.stdout).toContain("problems: 1");
    const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8"));
    expect(graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toContain("徐州市");
  });

  it("exits 3 with a message, not a stack trace, when Neo4j is not there", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = hkgBinary(["load", "graph/graph.json"], { NEO4J_URI: uri });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(uri);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 naming the commands for an unknown one", () => {
    const r = hkgBinary(["biuld"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "biuld"; commands: build, load, query/);
  });
});
