import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/pipeline/index.ts";
import { OUTPUT_FILES } from "../../src/export/index.ts";
import { gexfErrors } from "../helpers/relaxng.ts";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join(root, "corpus");

describe("the bundled corpus", () => {
  let first: BuildResult;
  let outA: string;
  let outB: string;
  beforeAll(async () => {
    outA = mkdtempSync(path.join(tmpdir(), "hkg-a-"));
    outB = mkdtempSync(path.join(tmpdir(), "hkg-b-"));
    first = await build([corpus], { out: outA });
    await build([corpus], { out: outB });
  });

  it("reads all five documents without a problem", () => {
    expect(readdirSync(corpus).filter((f) => f.endsWith(".txt"))).toHaveLength(5);
    expect(first.summary.documents).toBe(5);
    expect(first.summary.problems).toEqual([]);
  });

  it("builds byte-identical files twice", () => {
    for (const f of OUTPUT_FILES) expect(readFileSync(path.join(outB, f)).equals(readFileSync(path.join(outA, f))), f).toBe(true);
  });

  it("matches the committed graph/ (run `npm run build:graph` after changing the pipeline)", () => {
    for (const f of OUTPUT_FILES) {
      const committed = readFileSync(path.join(root, "graph", f), "utf8");
      expect(committed === readFileSync(path.join(outA, f), "utf8"), `graph/${f} is stale: run npm run build:graph`).toBe(true);
    }
  });

  it("writes GEXF valid against the GEXF 1.3 RelaxNG schema", async () => {
    expect(await gexfErrors(readFileSync(path.join(outA, "graph.gexf"), "utf8"))).toEqual([]);
  });

  it("holds the region's core facts with their evidence", () => {
    const g = first.graph;
    const byLabel = (label: string) => g.findNode((_, a) => a.label === label);
    const xuzhou = byLabel("徐州市");
    expect(xuzhou && g.getNodeAttribute(xuzhou, "code")).toBe("3203");
    const jiangsu = byLabel("江苏省")!;
    expect(g.hasEdge(`PART_OF:${xuzhou}->${jiangsu}`)).toBe(true);
    const ev = g.getNodeAttribute(xuzhou!, "evidence")[0]!;
    expect(ev.text.slice(ev.start - ev.sentenceStart, ev.end - ev.sentenceStart)).toMatch(/徐州|彭城/);
    expect(g.getNodeAttribute(xuzhou!, "mentions")).toBeGreaterThan(g.getNodeAttribute(xuzhou!, "evidence").length);
  });
});
