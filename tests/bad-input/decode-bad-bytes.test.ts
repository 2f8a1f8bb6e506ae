// Issue 12, item 1: one bad byte must not lose a document. The bytes are built here from the
// bundled 43 KB city report, so nothing about them is hard-coded but the damage.
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/ingest/decode.ts";
import { documentFromBytes, type IngestProblem } from "../../src/ingest/index.ts";
import { CORPUS } from "../ingest/helpers.ts";

const report = readFileSync(path.join(CORPUS, "004_2c1e22cf835918bb.txt"));
const reportText = report.toString("utf8");

function read(buf: Buffer, name = "report.txt") {
  const problems: IngestProblem[] = [];
  const doc = documentFromBytes(buf, name, problems);
  return { doc, problems };
}

describe("a document with a few undecodable bytes is kept, and the bytes are reported", () => {
  it("one 0xFF byte in the middle of the UTF-8 report", () => {
    const at = 20_001;
    // put the byte between two characters, not inside one
    let cut = at;
    while ((report[cut]! & 0xc0) === 0x80) cut++;
    const buf = Buffer.concat([report.subarray(0, cut), Buffer.from([0xff]), report.subarray(cut)]);
    const { doc, problems } = read(buf);
    expect(doc).toBeDefined();
    expect(doc!.encoding).toBe("utf-8");
    expect(doc!.text.replace("\ufffd", "")).toBe(reportText.replace(/\r\n?/g, "\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain(`byte offset ${cut}`);
    expect(problems[0]!.problem).toMatch(/1 invalid UTF-8 byte sequence/);
  });

  it("UTF-8 cut in the middle of the last character", () => {
    const cut = report.length - 1 - [...report.subarray(-8)].reverse().findIndex((b) => b >= 0xe0);
    const buf = report.subarray(0, cut + 2); // the lead byte and one of its two continuation bytes
    const { doc, problems } = read(buf);
    expect(doc?.text.endsWith("\ufffd")).toBe(true);
    expect(problems.map((p) => p.problem).join()).toContain(`byte offset ${cut}`);
  });

  it("UTF-8 with a byte-order mark, cut mid-character", () => {
    const body = Buffer.from("徐州市是淮海经济区中心城市，徐州高新区集聚了一批重大项目。".repeat(20));
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body.subarray(0, body.length - 1)]);
    const { doc, problems } = read(buf);
    expect(doc?.encoding).toBe("utf-8-bom");
    expect(doc?.text.startsWith("徐州市是淮海经济区中心城市")).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain(`byte offset ${buf.length - 2}`);
  });

  it("UTF-16LE without a BOM, of odd length", () => {
    const text = "徐州市是淮海经济区中心城市，连云港市是淮海经济区出海口。".repeat(10);
    const buf = Buffer.concat([iconv.encode(text, "utf-16le"), Buffer.from([0x41])]);
    const { doc, problems } = read(buf);
    expect(doc?.encoding).toBe("utf-16le");
    expect(doc?.text).toBe(text);
    expect(problems[0]!.problem).toMatch(new RegExp(`odd number of bytes.*offset ${buf.length - 1}`));
  });

  it("still refuses GBK bytes behind a UTF-8 BOM and still reads short GBK as GBK", () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0xd6, 0xd0, 0xff])).ok).toBe(false);
    const gbk = iconv.encode("徐州市人民政府 Xuzhou government, 2024", "gbk");
    expect(decode(gbk)).toMatchObject({ ok: true, encoding: "gb18030", text: "徐州市人民政府 Xuzhou government, 2024" });
  });
});
