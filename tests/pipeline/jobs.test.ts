// Issue 13: extraction on several threads gives the same graph files, byte for byte, as on one,
// and the extraction cache works the same with threads.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeScaleCorpus } from "../../bench/scale-corpus.ts";
import { build } from "../../src/pipeline/index.ts";

const root = mkdtempSync(path.join(tmpdir(), "hkg-jobs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => !f.startsWith(".")).sort().map((f) => [f, readFileSync(path.join(dir, f))]));

describe("extraction threads", () => {
  it("-j1 and -j2 write byte-identical outputs; a rebuild on threads takes every document from the cache", async () => {
    const corpus = makeScaleCorpus(root, { mb: 0.2 });
    const one = await build([corpus.dir], { out: path.join(root, "j1"), jobs: 1, layout: false, cache: false, export: { csv: true } });
    const two = await build([corpus.dir], { out: path.join(root, "j2"), jobs: 2, layout: false, export: { csv: true } });
    expect(two.summary.documents).toBe(corpus.files);
    expect(two.summary.problems).toEqual([]);
    expect(two.summary.cache.reused).toBe(0);
    const a = files(path.join(root, "j1"));
    const b = files(path.join(root, "j2"));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(a[name]!.equals(b[name]!), name).toBe(true);
    expect(one.graph.order).toBeGreaterThan(300);

    const again = await build([corpus.dir], { out: path.join(root, "j2"), jobs: 2, layout: false, export: { csv: true } });
    expect(again.summary.cache.reused).toBe(corpus.files);
    const c = files(path.join(root, "j2"));
    for (const name of Object.keys(a)) expect(a[name]!.equals(c[name]!), name).toBe(true);
  }, 600_000);
});
