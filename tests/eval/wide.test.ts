import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../src/pipeline/index.ts";
import { evaluate, readGoldDir } from "../../src/eval/index.ts";
import { readGraphFile } from "../../src/graph-file/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const wide = path.join(root, "tests/fixtures/wide");
const folds = JSON.parse(fs.readFileSync(path.join(wide, "folds.json"), "utf8")) as { test: string[]; dev: string[] };

// The wide corpus is 820 real pages nobody tuned the rules on when their gold was written (SOURCES.md).
// These floors hold what the extractor reaches today, a little below the measured figures so that a
// change of one name does not fail the build: they catch a regression, they are not the goal. Issue 9
// asks for nodes 0.90 / edges 0.80 on all of it and 0.85 / 0.70 on the test fold; see README "Quality".
const FLOORS = {
  // (lower than the last round's 0.77 / 0.59 and 0.72 / 0.53: the 168 pages added in the thirteenth session scored
  // 0.70-0.79 / 0.55-0.65 as found, and pulled the whole down; the 484 before them went up, 0.797 / 0.619 -> see README;
  // edges 0.58 -> 0.57 in the fifteenth session, when pages 797-820 came in at 0.526 as found)
  all: { nodes: 0.76, edges: 0.57 }, // measured 0.775 / 0.581 on 820 pages (2026-12-02, as pages 797–820 came in)
  test: { nodes: 0.72, edges: 0.52 }, // measured 0.733 / 0.536 on 275 pages
};

async function score(docs: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hkg-wide-"));
  const inputs = path.join(dir, "docs");
  fs.mkdirSync(inputs);
  for (const d of docs) fs.copyFileSync(path.join(wide, "docs", d), path.join(inputs, d));
  await build([inputs], { out: path.join(dir, "out"), layout: false });
  const gold = readGoldDir(path.join(wide, "gold")).filter((g) => docs.includes(g.gold.doc));
  return evaluate(await readGraphFile(path.join(dir, "out", "graph.json")), gold);
}

describe("extraction quality on the wide corpus of real pages", () => {
  it("every document has gold and belongs to one fold", () => {
    const docs = fs.readdirSync(path.join(wide, "docs")).sort();
    expect(docs).toHaveLength(820);
    expect([...folds.test, ...folds.dev].sort()).toEqual(docs);
    expect(folds.test.length * 3).toBeGreaterThanOrEqual(docs.length);
    for (const d of docs) expect(fs.existsSync(path.join(wide, "gold", `${d}.json`))).toBe(true);
  });

  it("holds its floors on the whole corpus", async () => {
    const r = await score([...folds.dev, ...folds.test]);
    expect(r.nodes.f1).toBeGreaterThanOrEqual(FLOORS.all.nodes);
    expect(r.edges.f1).toBeGreaterThanOrEqual(FLOORS.all.edges);
  });

  it("holds its floors on the test fold, which is scored and never debugged", async () => {
    const r = await score(folds.test);
    expect(r.nodes.f1).toBeGreaterThanOrEqual(FLOORS.test.nodes);
    expect(r.edges.f1).toBeGreaterThanOrEqual(FLOORS.test.edges);
  });
});
