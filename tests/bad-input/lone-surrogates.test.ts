// Issue 12, item 12 (lone surrogates): half a UTF-16 surrogate pair is replaced and reported at
// ingest, so every output says the same; graph.cypher escapes one rather than let UTF-8 mangle it.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { literal } from "../../src/neo4j/index.ts";
import { documentFromBytes, type IngestProblem } from "../../src/ingest/index.ts";

describe("lone surrogates", () => {
  it("a UTF-16 document with half a surrogate pair is kept, the half replaced and reported", () => {
    const text = "徐州市是淮海经济区中心城市，连云港市是淮海经济区出海口。".repeat(5);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text.slice(0, 20), "utf-16le"), Buffer.from([0x00, 0xd8]), iconv.encode(text.slice(20), "utf-16le")]);
    const problems: IngestProblem[] = [];
    const doc = documentFromBytes(bytes, "a.txt", problems)!;
    expect(doc.text).toBe(`${text.slice(0, 20)}\ufffd${text.slice(20)}`);
    expect(problems).toEqual([{ path: "a.txt", problem: expect.stringMatching(/1 unpaired UTF-16 surrogate \(first at character 20\)/) }]);
  });

  it("graph.cypher literals escape a lone surrogate and keep pairs as they are", () => {
    expect(literal("a\ud800b")).toBe("'a\\ud800b'");
    expect(literal("b\udc00")).toBe("'b\\udc00'");
    expect(literal("𠮷野家")).toBe("'𠮷野家'");
    // what is written to the file is what was meant: no U+FFFD from encoding
    expect(Buffer.from(literal("x\ud800"), "utf8").toString("utf8")).toBe("'x\\ud800'");
  });
});
