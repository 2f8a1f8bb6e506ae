import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentFromBytes, normalizeForMatching } from "../../src/ingest/index.ts";
import { CORPUS, fixture, fixtureBytes } from "./helpers.ts";

describe("normalizeForMatching", () => {
  it("turns the Big5 traditional fixture into simplified norm while text keeps the original", () => {
    const doc = documentFromBytes(fixtureBytes("big5-traditional.txt"), fixture("big5-traditional.txt"), [])!;
    expect(doc.text).toContain("徐州高新區");
    expect(doc.norm).toContain("徐州高新区");
    expect(doc.norm).toContain("铜山区");
    expect(doc.norm.length).toBe(doc.text.length);
  });
  it("makes full-width ASCII and the ideographic space half-width", () => {
    expect(normalizeForMatching("ＧＤＰ增长７．３％，　徐州")).toBe("GDP增长7.3%, 徐州");
  });
  it("converts or keeps surrogate pairs whole and leaves lone surrogates alone", () => {
    const text = "𠮷野家在徐州區，😀\ud842末";
    const norm = normalizeForMatching(text);
    expect(norm).toBe("𠮷野家在徐州区,😀\ud842末");
    expect(norm.length).toBe(text.length);
  });
  it("keeps the length, unit for unit, over the bundled corpus and every fixture", () => {
    const texts = readdirSync(CORPUS).map((f) => readFileSync(path.join(CORPUS, f), "utf8"));
    texts.push("徐州高新區管理委員會（ＸＺ）𪚥𠀀𡃁");
    for (const t of texts) {
      const n = normalizeForMatching(t);
      expect(n.length).toBe(t.length);
      // every unit either unchanged or one half-width/simplified unit; no pair split across a change
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) expect(n.charCodeAt(i)).toBe(c);
      }
    }
  });
});
