// hkg build over a folder that changes between builds: the extraction cache must give the same
// bytes as a clean build, reuse what did not change, and shrug off a damaged cache.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTPUT_FILES } from "../../src/export/index.ts";
import { CSV_FILES } from "../../src/neo4j/index.ts";
import { extractorSources } from "../../src/extract/version.ts";
import { hkg, ROOT } from "../helpers/cli.ts";

const CORPUS = path.join(ROOT, "corpus");
const DOCS = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
const ALL_FILES = [...OUTPUT_FILES, ...Object.values(CSV_FILES)];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "hkg-incr-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sameBytes = (a: string, b: string) => {
  for (const f of ALL_FILES) expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), `${f} differs from the clean build's`).toBe(true);
};
const cacheEntries = (dir: string) => readdirSync(dir).flatMap((v) => readdirSync(path.join(dir, v)).map((f) => path.join(dir, v, f)));

describe("an incremental build", () => {
  let input: string;
  let out: string;
  let clean: string;
  let second: Awaited<ReturnType<typeof hkg>>;

  beforeAll(async () => {
    input = path.join(tmp, "in");
    out = path.join(tmp, "out");
    clean = path.join(tmp, "clean");
    mkdirSync(input);
    // first build: four of the five documents
    for (const f of DOCS.slice(0, 4)) copyFileSync(path.join(CORPUS, f), path.join(input, f));
    const first = await hkg(["build", input, "--out", out, "--csv"]);
    expect(first.code, first.stderr).toBe(0);
    // then one added, one edited, one removed
    copyFileSync(path.join(CORPUS, DOCS[4]!), path.join(input, DOCS[4]!));
    appendFileSync(path.join(input, DOCS[1]!), "\n徐州市与连云港市共建徐连高铁沿线产业带，卓曜高效光伏电池项目落户睢宁县。\n");
    rmSync(path.join(input, DOCS[2]!));
    second = await hkg(["build", input, "--out", out, "--csv"]);
    const c = await hkg(["build", input, "--out", clean, "--csv", "--no-cache"]);
    expect(c.code, c.stderr).toBe(0);
  });

  it("writes the same bytes as a clean build of the changed folder", () => {
    expect(second.code, second.stderr).toBe(0);
    sameBytes(out, clean);
    // and the edit is in it: the build did not simply keep the old extraction
    expect(readFileSync(path.join(out, "graph.json"), "utf8")).toContain("沿线产业带");
  });

  it("says how many documents it reused: the two untouched ones", () => {
    expect(second.stdout).toContain("documents read: 4 ");
    expect(second.stdout).toContain("reused from the cache: 2, extracted: 2");
  });

  it("keeps the cache beside the outputs, holding the current documents only; --no-cache keeps none", () => {
    expect(readdirSync(out)).toContain(".hkg-cache");
    expect(cacheEntries(path.join(out, ".hkg-cache"))).toHaveLength(4);
    expect(readdirSync(clean)).not.toContain(".hkg-cache");
  });

  it("re-extracts damaged entries with a warning, and still builds the same bytes", async () => {
    const entries = cacheEntries(path.join(out, ".hkg-cache")).sort();
    const [a, b, c] = entries;
    writeFileSync(a!, readFileSync(a!, "utf8").slice(0, 200)); // cut short
    const flipped = readFileSync(b!, "utf8");
    const at = flipped.indexOf('"mentions"') + 20;
    writeFileSync(b!, flipped.slice(0, at) + (flipped[at] === "1" ? "2" : "1") + flipped.slice(at + 1)); // one character changed
    writeFileSync(c!, "\u0000\u0001 not json at all");
    const r = await hkg(["build", input, "--out", out, "--csv"]);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split("\n").filter((l) => l.startsWith("hkg: warning: cache entry"));
    expect(warnings).toHaveLength(3);
    for (const e of [a, b, c]) expect(r.stderr).toContain(e!);
    expect(r.stdout).toContain("reused from the cache: 1, extracted: 3");
    sameBytes(out, clean);
    // the damaged entries were written again: the next build reuses every document, silently
    const again = await hkg(["build", input, "--out", out, "--csv"]);
    expect(again.stderr).toBe("");
    expect(again.stdout).toContain("reused from the cache: 4, extracted: 0");
    sameBytes(out, clean);
  });

  it("--cache DIR keeps the cache elsewhere and shares it between output folders", async () => {
    const shared = path.join(tmp, "shared-cache");
    const one = await hkg(["build", input, "--out", path.join(tmp, "o1"), "--cache", shared, "--csv"]);
    expect(one.code, one.stderr).toBe(0);
    expect(readdirSync(path.join(tmp, "o1"))).not.toContain(".hkg-cache");
    const two = await hkg(["build", input, "--out", path.join(tmp, "o2"), "--cache", shared, "--csv"]);
    expect(two.stdout).toContain("reused from the cache: 4, extracted: 0");
    sameBytes(path.join(tmp, "o2"), clean);
  });

  it("refuses --cache with --no-cache before reading anything", async () => {
    const r = await hkg(["build", input, "--out", path.join(tmp, "o3"), "--cache", path.join(tmp, "c3"), "--no-cache"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--cache and --no-cache");
    expect(readdirSync(tmp)).not.toContain("o3");
  });
});

describe("the extractor's version", () => {
  // a cached extraction is keyed by it: whatever can change an extraction must be part of it
  const { files, packages } = extractorSources();
  const rel = files.map((f) => path.relative(ROOT, f));

  it("covers the rules, the knowledge loaders and the normaliser extraction reaches", () => {
    for (const f of ["src/extract/index.ts", "src/extract/patterns.ts", "src/extract/relations/located.ts", "src/knowledge/admin.ts", "src/knowledge/curated.ts", "src/ingest/normalize.ts"]) {
      expect(rel).toContain(f);
    }
  });

  it("covers every data file (the register among them) and the packages holding the dictionary and the character tables", () => {
    for (const f of readdirSync(path.join(ROOT, "data"))) expect(rel).toContain(`data/${f}`);
    expect(rel).toContain("data/admin-register.json");
    expect(packages.map((p) => p.split("@").slice(0, -1).join("@"))).toEqual(expect.arrayContaining(["@node-rs/jieba", "opencc-js"]));
  });

  it("leaves out the stages after extraction, so changing a writer keeps the cache", () => {
    expect(rel.filter((f) => /^src\/(export|graph|resolve|neo4j|load|cli|serve)\//.test(f))).toEqual([]);
  });
});
