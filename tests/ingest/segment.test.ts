import { describe, expect, it } from "vitest";
import { ingest, splitSentences } from "../../src/ingest/index.ts";
import { CORPUS, FIXTURES } from "./helpers.ts";

describe("splitSentences", () => {
  it("splits at 。！？； with closing quotes kept in the sentence", () => {
    const text = "徐州市召开大会。“要加快发展！”他说。\n\n第二段；没有句号";
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(["徐州市召开大会。", "“要加快发展！”", "他说。", "第二段；", "没有句号"]);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 0, 1, 1]);
  });
  it("gives non-empty, trimmed, in-range, ordered sentences for every corpus and fixture document", async () => {
    const { documents } = await ingest([CORPUS, FIXTURES]);
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const doc of documents) {
      let last = 0;
      expect(doc.sentences.length, doc.file).toBeGreaterThan(0);
      for (const [i, s] of doc.sentences.entries()) {
        expect(s.index).toBe(i);
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(doc.text.length);
        const slice = doc.text.slice(s.start, s.end);
        expect(slice.trim()).toBe(slice);
        expect(slice).not.toContain("\n");
        last = s.end;
      }
    }
  });
  it("handles empty text and whitespace-only lines", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n \t")).toEqual([]);
  });
});
