import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeCorpus } from "../../bench/corpus.ts";
import { formatLinearity, median, type RunFigures } from "../../bench/report.ts";
import { ingest } from "../../src/ingest/index.ts";

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "corpus");
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function digest(dir: string): string {
  const h = createHash("sha256");
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "MANIFEST.json") // the manifest names its own folder
    .map((e) => path.join(e.parentPath, e.name))
    .sort()) {
    h.update(path.relative(dir, f)).update(readFileSync(f));
  }
  return h.digest("hex");
}

describe("benchmark corpus", () => {
  it("is the same bytes on every generation, mixes GBK and HTML in subfolders, and every file is read as a distinct document", async () => {
    const [a, b] = [0, 1].map(() => {
      const root = mkdtempSync(path.join(tmpdir(), "hkg-bench-"));
      roots.push(root);
      return makeCorpus(root, CORPUS, 0.3);
    });
    expect(digest(a!.dir)).toBe(digest(b!.dir));
    expect(a!.bytes).toBeGreaterThanOrEqual(0.3 * 1024 * 1024);
    const names = readdirSync(a!.dir, { recursive: true }).map(String);
    expect(names.some((n) => /gbk-\d+\.txt$/.test(n))).toBe(true);
    expect(names.some((n) => /\.html$/.test(n))).toBe(true);
    const { documents, problems } = await ingest([a!.dir]);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(a!.files);
    expect(documents.filter((d) => d.encoding === "gb18030").length).toBeGreaterThan(0);
  });
});

describe("benchmark report", () => {
  const run = (mb: number, ms: number[], total: number): RunFigures => ({
    mb,
    files: 1,
    documents: 1,
    problems: 0,
    nodes: 10,
    edges: 1,
    totalMs: total,
    warmMs: 0,
    maxRss: 1,
    stages: ms.map((m, i) => ({ stage: ["ingest", "graph"][i]!, ms: m, rss: 1, maxRss: 1 })),
  });
  it("takes the median per figure, so one slow run does not move it", () => {
    const m = median([run(5, [100, 200], 300), run(5, [900, 210], 1100), run(5, [110, 190], 300)]);
    expect(m.stages.map((s) => s.ms)).toEqual([110, 200]);
    expect(m.totalMs).toBe(300);
  });
  it("calls a stage whose time grows 4× per MB over 5 → 20 MB quadratic, and a steady one linear", () => {
    const text = formatLinearity(new Map([
      [5, run(5, [100, 100], 200)],
      [20, run(20, [400, 1600], 2000)],
    ]));
    expect(text).toMatch(/ingest\s+1\.00\s+~size\^1\.00\s+linear/);
    expect(text).toMatch(/graph\s+4\.00\s+~size\^2\.00\s+superlinear/);
  });
});
