import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/ingest/decode.ts";
import { fixtureBytes } from "./helpers.ts";

function ok(buf: Buffer, declared?: string) {
  const d = decode(buf, declared ? { declared } : {});
  if (!d.ok) throw new Error(`expected text, got problem: ${d.problem}`);
  return d;
}

describe("decode: fixture files in their real encodings", () => {
  it("reads a GBK document (CRLF) as GB18030 and normalises line ends", () => {
    const d = ok(fixtureBytes("gbk-report.txt"));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("徐州市是淮海经济区中心城市。");
    expect(d.text).not.toContain("\r");
  });
  it("reads UTF-16 LE with a BOM and UTF-16 BE without one", () => {
    expect(ok(fixtureBytes("utf16le-bom.txt"))).toMatchObject({ encoding: "utf-16le-bom" });
    expect(ok(fixtureBytes("utf16le-bom.txt")).text.startsWith("淮海经济区核心城市")).toBe(true);
    const be = ok(fixtureBytes("utf16be-nobom.txt"));
    expect(be.encoding).toBe("utf-16be");
    expect(be.text).toContain("连云港市是淮海经济区出海口。");
  });
  it("drops the UTF-8 byte-order mark", () => {
    const d = ok(fixtureBytes("utf8-bom.txt"));
    expect(d.encoding).toBe("utf-8-bom");
    expect(d.text.startsWith("宿迁市")).toBe(true);
  });
  it("reads Big5 traditional text as Big5, not as GBK mojibake", () => {
    const d = ok(fixtureBytes("big5-traditional.txt"));
    expect(d.encoding).toBe("big5");
    expect(d.text).toContain("徐州高新區");
  });
  it("refuses an empty file and a junk binary file with a reason", () => {
    expect(decode(fixtureBytes("empty.txt"))).toEqual({ ok: false, problem: "empty file" });
    const junk = decode(fixtureBytes("junk.txt"));
    expect(junk.ok).toBe(false);
    expect(!junk.ok && junk.problem).toMatch(/binary|sensible/);
  });
});

describe("decode: short GBK text is never misread", () => {
  // 专业 and 联通 are byte sequences that strict UTF-8 accepts or nearly accepts; chardet calls
  // 中文 Big5 and 徐州市 Shift_JIS
  for (const s of ["中文", "专业", "联通", "徐州市", "一业丝", "徐州高新区管委会", "淮海经济区。"]) {
    it(`GBK ${s}`, () => {
      const bytes = iconv.encode(s, "gbk");
      expect(ok(bytes)).toEqual({ ok: true, text: s, encoding: "gb18030" });
    });
  }
  it("short GBK text that is valid UTF-8 (专业 → Hebrew/Cyrillic) is still read as GBK", () => {
    const bytes = iconv.encode("专业", "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    expect(ok(bytes).text).toBe("专业");
  });
  it("short Big5 text", () => {
    expect(ok(iconv.encode("徐州高新區", "big5"))).toMatchObject({ text: "徐州高新區", encoding: "big5" });
  });
});

describe("decode: UTF-8 and UTF-16 edge cases", () => {
  it("keeps UTF-8 with astral characters and ASCII", () => {
    expect(ok(Buffer.from("徐州 Xuzhou 𠮷野家")).text).toBe("徐州 Xuzhou 𠮷野家");
  });
  it("keeps accented Latin UTF-8 (pinyin, French) as UTF-8, not as GB18030 ideographs", () => {
    for (const s of ["Xúzhōu Gāoxīn Qū", "Société générale à Xuzhou, café"]) expect(ok(Buffer.from(s))).toMatchObject({ text: s, encoding: "utf-8" });
  });
  it("reads BOM-less UTF-16 LE of pure Chinese (no NUL bytes at all), not as binary", () => {
    const bytes = iconv.encode("徐州高新区管委会", "utf-16le");
    expect(bytes.includes(0)).toBe(false);
    expect(ok(bytes)).toMatchObject({ text: "徐州高新区管委会", encoding: "utf-16le" });
  });
  it("trusts a page's declared charset only when it reads as text", () => {
    expect(ok(iconv.encode("徐州市人民政府", "gbk"), "gb2312")).toMatchObject({ text: "徐州市人民政府", encoding: "gb18030" });
    // declared GBK, actually UTF-8: the bytes win
    expect(ok(Buffer.from("徐州市人民政府"), "gbk")).toMatchObject({ text: "徐州市人民政府", encoding: "utf-8" });
  });
  it("names known binary formats and refuses whitespace-only text", () => {
    expect(decode(Buffer.from("%PDF-1.7\n徐州"))).toEqual({ ok: false, problem: "binary file (PDF document), not a text document" });
    const blank = decode(Buffer.from(" \n\t\n"));
    expect(blank.ok).toBe(false);
    expect(!blank.ok && blank.problem).toMatch(/holds no text/);
  });
  it("refuses a UTF-8 BOM followed by invalid bytes", () => {
    const d = decode(Buffer.from([0xef, 0xbb, 0xbf, 0xd6, 0xd0, 0xff]));
    expect(d).toEqual({ ok: false, problem: "has a UTF-8 byte-order mark but is not valid UTF-8" });
  });
});
