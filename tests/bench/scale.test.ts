import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exponent, formatScale, scaleSizes, type ScalePoint } from "../../bench/scale.ts";
import { makeScaleCorpus } from "../../bench/scale-corpus.ts";
import { build } from "../../src/pipeline/index.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function digest(dir: string): string {
  const h = createHash("sha256");
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "MANIFEST.json")
    .map((e) => path.join(e.parentPath, e.name))
    .sort()) {
    h.update(path.relative(dir, f)).update(readFileSync(f));
  }
  return h.digest("hex");
}

describe("scale benchmark corpus", () => {
  it("is the same bytes on every generation and builds into many distinct companies, projects, parks and labs", async () => {
    const [a, b] = [0, 1].map(() => {
      const root = mkdtempSync(path.join(tmpdir(), "hkg-scale-"));
      roots.push(root);
      return makeScaleCorpus(root, { mb: 0.15 });
    });
    expect(digest(a!.dir)).toBe(digest(b!.dir));
    expect(a!.bytes).toBeGreaterThanOrEqual(0.15 * 1024 * 1024);
    const names = readdirSync(a!.dir, { recursive: true }).map(String);
    expect(names.some((n) => /gbk-\d+\.txt$/.test(n))).toBe(true);
    expect(names.some((n) => /\.html$/.test(n))).toBe(true);
    const { summary } = await build([a!.dir], { layout: false });
    expect(summary.problems).toEqual([]);
    expect(summary.documents).toBe(a!.files);
    // a report-like archive names about one new entity per kilobyte or more: the point of this
    // corpus is a graph that grows with the text, unlike copies of the bundled documents
    const total = Object.values(summary.entities).reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThan(a!.bytes / 1024);
    for (const t of ["Organization", "Project", "Zone", "Lab"] as const) expect(summary.entities[t]).toBeGreaterThan(20);
    expect(summary.relations.LOCATED_IN).toBeGreaterThan(50);
  });
});

describe("scale benchmark report", () => {
  it("fits the size exponent: 1 for time in step with size, 2 for quadratic", () => {
    expect(exponent([1, 2, 4].map((x) => ({ x, y: 3 * x })))).toBeCloseTo(1, 6);
    expect(exponent([1, 2, 4].map((x) => ({ x, y: x * x })))).toBeCloseTo(2, 6);
    expect(scaleSizes(50)).toEqual([12.5, 25, 50]);
  });
  it("prints each stage beside jieba's cut of the same round and the share of the build", () => {
    const point = (mb: number, jieba: number, extract: number): ScalePoint => ({
      mb,
      baseline: { kind: "baseline", readMs: 10, jiebaMs: jieba, chars: 1, maxRss: 1 },
      build: {
        kind: "build",
        stages: [
          { stage: "ingest", ms: 100, rss: 1, maxRss: 1 },
          { stage: "extract", ms: extract, rss: 1, maxRss: 1 },
        ],
        totalMs: 100 + extract,
        documents: 1,
        nodes: 1,
        edges: 0,
        outputs: { "graph.json": mb * 1024 * 1024 },
        maxRss: 1,
      },
    });
    // the second round's jieba is twice as slow, and so is its extract: the ratio stays 3
    const text = formatScale([point(1, 100, 300), point(1, 200, 600), point(1, 100, 300)], 3);
    expect(text).toMatch(/extract\s+300\s+[\d.]+\s+3\.00\s+75\.0%/);
    expect(text).toMatch(/graph\.json 1\.00×/);
  });
});
