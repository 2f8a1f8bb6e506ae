// Issue 12, item 4: a line without sentence marks is cut into bounded sentences, so no evidence
// item quotes megabytes and no pattern scans the whole line again for each match. The time and
// output growth are shown by `npm run bench -- --hostile "long line"`, not asserted here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/index.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { documentFromBytes, splitSentences, type IngestProblem } from "../../src/ingest/index.ts";
import { MAX_SENTENCE } from "../../src/ingest/segment.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { resolve } from "../../src/resolve/index.ts";
import { CORPUS } from "../ingest/helpers.ts";

const report = readFileSync(path.join(CORPUS, "004_2c1e22cf835918bb.txt"), "utf8");
const line = report.replace(/[。！？!?；;\n\r]/g, "").repeat(3);

describe("a long line without sentence marks", () => {
  it("is split into sentences of at most MAX_SENTENCE units that together cover the line", () => {
    const sentences = splitSentences(line);
    expect(sentences.length).toBeGreaterThan(line.length / MAX_SENTENCE);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    const covered = sentences.map((s) => line.slice(s.start, s.end)).join("");
    expect(covered.replace(/\s/g, "")).toBe(line.replace(/\s/g, ""));
  });

  it("prefers a clause mark for the cut and never splits a surrogate pair", () => {
    const astral = "𠮷".repeat(MAX_SENTENCE);
    for (const s of splitSentences(astral)) {
      const c = astral.charCodeAt(s.end - 1);
      expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
    }
    const clauses = `${"徐".repeat(MAX_SENTENCE - 10)}，${"州".repeat(100)}`;
    expect(clauses.slice(0, splitSentences(clauses)[0]!.end).endsWith("，")).toBe(true);
  });

  it("gives evidence no longer than MAX_SENTENCE for every node and edge", () => {
    const problems: IngestProblem[] = [];
    const doc = documentFromBytes(Buffer.from(line), "line.txt", problems)!;
    const kb = loadKnowledge();
    const graph = buildGraph(resolve([createExtractor(kb).extract(doc)], kb), [doc], { layout: false });
    expect(graph.order).toBeGreaterThan(10);
    graph.forEachNode((_, a) => a.evidence.forEach((e) => expect(e.text.length).toBeLessThanOrEqual(MAX_SENTENCE)));
    graph.forEachEdge((_, a) => a.evidence.forEach((e) => expect(e.text.length).toBeLessThanOrEqual(MAX_SENTENCE)));
  });

  it("leaves the bundled corpus's sentences as they were (none is that long)", () => {
    expect(Math.max(...splitSentences(report).map((s) => s.end - s.start))).toBeLessThan(MAX_SENTENCE);
  });
});
