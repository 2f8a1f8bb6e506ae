// hkg build's handling of bad input, run in-process (tests/helpers/cli.ts): exit code, messages, files.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFilesAtomically } from "../../src/graph-file/index.ts";
import { hkg as run, ROOT } from "../helpers/cli.ts";

const FIXTURES = path.join(ROOT, "tests", "fixtures", "ingest");
const hkg = (...args: string[]) => run(["build", ...args]);

let tmp: string;
let input: string;
let out: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "hkg-cli-"));
  input = path.join(tmp, "in");
  out = path.join(tmp, "out");
  mkdirSync(input);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const put = (...names: string[]) => names.forEach((n) => copyFileSync(path.join(FIXTURES, n), path.join(input, n)));

describe("hkg build with bad input", () => {
  it("builds the GBK document and names the junk and the empty file, one line each", async () => {
    put("gbk-report.txt", "junk.txt", "empty.txt");
    const r = await hkg(input, "--out", out);
    expect(r.code).toBe(0);
    const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8"));
    const labels = graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
    expect(labels).toContain("徐州市");
    expect(graph.attributes.documents.map((d: { file: string }) => d.file)).toEqual(["gbk-report.txt"]);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([`hkg: ${path.join(input, "empty.txt")}: empty file`, expect.stringMatching(new RegExp(`^hkg: ${path.join(input, "junk.txt")}: binary file`))]);
    expect(r.stdout).toContain("problems: 2");
  });

  it("exits non-zero and writes nothing when only junk is given; an existing graph is left as it was", async () => {
    put("junk.txt");
    mkdirSync(out);
    writeFileSync(path.join(out, "graph.json"), '{"previous":true}');
    const r = await hkg(input, "--out", out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`hkg: ${path.join(input, "junk.txt")}: binary file`);
    expect(r.stderr).toContain("nothing written");
    expect(readdirSync(out)).toEqual(["graph.json"]);
    expect(readFileSync(path.join(out, "graph.json"), "utf8")).toBe('{"previous":true}');
  });

  it("exits non-zero for an empty folder and for a path that does not exist, writing no output folder", async () => {
    const r = await hkg(input, path.join(tmp, "missing"), "--out", out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`hkg: ${input}: folder holds no documents`);
    expect(r.stderr).toContain(`hkg: ${path.join(tmp, "missing")}: cannot read: no such file or folder`);
    expect(existsSync(out)).toBe(false);
  });

  it("--strict fails on any problem and leaves the previous outputs untouched", async () => {
    put("gbk-report.txt", "empty.txt");
    mkdirSync(out);
    writeFileSync(path.join(out, "graph.json"), '{"previous":true}');
    const r = await hkg(input, "--out", out, "--strict");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`hkg: ${path.join(input, "empty.txt")}: empty file`);
    expect(r.stderr).toContain("(--strict); nothing written");
    expect(readdirSync(out)).toEqual(["graph.json"]);
    expect(readFileSync(path.join(out, "graph.json"), "utf8")).toBe('{"previous":true}');
  });
});

describe("atomic output", () => {
  it("a write failing part-way leaves the existing files whole and no temporary files behind", async () => {
    mkdirSync(out);
    writeFileSync(path.join(out, "graph.json"), '{"previous":true}');
    // the second file's folder does not exist, so its write fails after graph.json's temp was written
    await expect(writeFilesAtomically(out, { "graph.json": '{"new":true}', "missing/graph.gexf": "<gexf/>" })).rejects.toThrow();
    expect(readdirSync(out)).toEqual(["graph.json"]);
    expect(readFileSync(path.join(out, "graph.json"), "utf8")).toBe('{"previous":true}');
  });
});
