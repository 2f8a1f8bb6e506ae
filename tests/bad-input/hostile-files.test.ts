// Issue 10: hostile files beside good ones, only those tests/bad-input and tests/ingest do not
// already cover: GBK cut mid-character, UTF-16LE without BOM holding ASCII, a folder link loop,
// a named pipe called .txt, a folder 120 levels deep, HTML with scripts and broken markup.
// Each file is read correctly or named on one line of stderr; the good documents are always built.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";
import { hkg } from "../helpers/cli.ts";

const base = mkdtempSync(path.join(tmpdir(), "hkg-hostile-files-"));
const dir = path.join(base, "in");
afterAll(() => rmSync(base, { recursive: true, force: true }));

const DEEP = Array.from({ length: 120 }, (_, i) => `d${i}`).join("/");
const FILES = {
  good: "good.txt",
  gbkCut: "gbk-cut.txt",
  utf16: "utf16le-nobom.txt",
  deep: `${DEEP}/deep.txt`,
  html: "broken.html",
  htmlOpen: "unclosed-script.html",
  pipe: "pipe.txt",
} as const;

beforeAll(() => {
  mkdirSync(path.join(dir, DEEP), { recursive: true });
  const w = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);
  w(FILES.good, "徐州市推进徐州高新技术产业开发区建设。\n");
  // GBK cut after the lead byte of its last character
  const gbk = iconv.encode("连云港市建设连云港港徐圩港区，推进连云港经济技术开发区建设。宿迁市", "gbk");
  w(FILES.gbkCut, gbk.subarray(0, gbk.length - 1));
  w(FILES.utf16, iconv.encode("2024 report: 宿州市推进宿州高新技术产业开发区建设。\n", "utf16le"));
  w(FILES.deep, "商丘市推进商丘经济技术开发区建设。\n");
  w(
    FILES.html,
    `<html><head><title>新闻</title><script>document.write("<p>注入的文字</p>")</script></head><body><div class="article"><p>淮北市推进淮北高新技术产业开发区建设。<div><p>枣庄市推进枣庄高新技术产业开发区建设。</span></b></i></div><img src=x onerror=alert(1)><p>济宁市推进济宁高新技术产业开发区建设。<!-- 没有结束的注释 临沂市`,
  );
  w(FILES.htmlOpen, `<html><body><p>菏泽市推进菏泽高新技术产业开发区建设。</p><script>var s = "</p><p>脚本里的文字`);
  execFileSync("mkfifo", [path.join(dir, FILES.pipe)]);
  // a folder link back up to the input folder: every file is offered again under d0/up/
  symlinkSync("..", path.join(dir, "d0", "up"));
});

describe("hostile files beside good ones", () => {
  it("each is read correctly or named as a problem; nothing hangs on the pipe or the loop", async () => {
    const { documents, problems } = await ingest([dir]);
    const text = (name: string) => documents.find((d) => d.path === path.join(dir, name))?.text;
    expect(text(FILES.good)).toContain("徐州市推进徐州高新技术产业开发区建设");
    expect(text(FILES.gbkCut)).toContain("连云港市建设连云港港徐圩港区");
    expect(text(FILES.utf16)).toContain("2024 report: 宿州市推进宿州高新技术产业开发区建设");
    expect(text(FILES.deep)).toContain("商丘市推进商丘经济技术开发区建设");
    const html = text(FILES.html)!;
    for (const s of ["淮北市推进", "枣庄市推进", "济宁市推进"]) expect(html).toContain(s);
    expect(html).not.toMatch(/注入的文字|document\.write|onerror|没有结束的注释/);
    const open = text(FILES.htmlOpen)!;
    expect(open).toContain("菏泽市推进菏泽高新技术产业开发区建设");
    expect(open).not.toMatch(/脚本里的文字|var s/);
    // each document once, though the loop offers every file again under d0/up/
    expect(documents).toHaveLength(6);
    expect(problems.map((p) => path.relative(dir, p.path))).toContain(FILES.pipe);
    expect(problems.find((p) => p.path === path.join(dir, FILES.gbkCut))?.problem).toMatch(/ends inside a character: its last byte \(offset 64\) was dropped; the rest of the text is kept/);
    for (const p of problems) expect(p.problem).not.toMatch(/\n/);
  });

  it("hkg build names each problem file on one line of stderr and builds the good documents", async () => {
    const out = path.join(base, "out");
    const r = await hkg(["build", dir, "--out", out, "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines.filter((l) => l.includes(FILES.pipe))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(FILES.gbkCut))).toHaveLength(1);
    for (const l of lines) expect(l).toMatch(/^hkg: /);
    const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")) as { nodes: { attributes: { label: string } }[]; attributes: { documents: unknown[] } };
    const labels = new Set(graph.nodes.map((n) => n.attributes.label));
    for (const city of ["徐州市", "连云港市", "宿州市", "商丘市", "淮北市", "枣庄市", "济宁市", "菏泽市"]) expect(labels, city).toContain(city);
    expect(graph.attributes.documents).toHaveLength(6);
  });
});
