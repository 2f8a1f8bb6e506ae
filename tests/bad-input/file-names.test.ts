// Issue 12, items 8 and 12 (file-system parts): a file whose name is not UTF-8 is read; a link
// loop is called a loop, not a broken link; a .txt link to a named pipe is reported, not skipped.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";

const base = mkdtempSync(path.join(tmpdir(), "hkg-names-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("file names and special files", () => {
  it("reads a document whose name (and folder name) are GBK bytes, showing the bad bytes as \\xNN", async () => {
    const dir = path.join(base, "gbk");
    mkdirSync(dir);
    // 徐州 in GBK: C6 AC D6 DD; Buffer paths reach the file system as the bytes given
    const folder = Buffer.concat([Buffer.from(dir + "/"), Buffer.from([0xc6, 0xac, 0xd6, 0xdd])]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from("/"), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from(".txt")]), "徐州市推进徐州高新区建设，云龙湖实验室依托中国矿业大学建设。");
    writeFileSync(path.join(dir, "ok.txt"), "连云港市建设连云港港徐圩港区。");
    const { documents, problems } = await ingest([dir]);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(2);
    const gbk = documents.find((d) => d.text.startsWith("徐州市"))!;
    expect(gbk.file).toBe("\\xb1\\xa8\\xb8\\xe6.txt");
    // C6 AC happens to be valid UTF-8 (Ƭ); D6 DD is not
    expect(gbk.path).toBe(path.join(dir, "Ƭ\\xd6\\xdd", "\\xb1\\xa8\\xb8\\xe6.txt"));
  });

  it("a symbolic link loop is named as a loop", async () => {
    const dir = path.join(base, "loop");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "ok.txt"), "徐州市推进徐州高新区建设。");
    symlinkSync("a.txt", path.join(dir, "b.txt"));
    symlinkSync("b.txt", path.join(dir, "a.txt"));
    const { documents, problems } = await ingest([dir]);
    expect(documents).toHaveLength(1);
    expect(problems.map((p) => [path.basename(p.path), p.problem])).toEqual([
      ["a.txt", "symbolic link loop (the link leads back to itself)"],
      ["b.txt", "symbolic link loop (the link leads back to itself)"],
    ]);
  });

  it("a .txt symbolic link to a named pipe is reported", async () => {
    const dir = path.join(base, "fifo");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "ok.txt"), "徐州市推进徐州高新区建设。");
    execFileSync("mkfifo", [path.join(base, "pipe")]);
    symlinkSync(path.join(base, "pipe"), path.join(dir, "news.txt"));
    const { documents, problems } = await ingest([dir]);
    expect(documents).toHaveLength(1);
    expect(problems).toEqual([{ path: path.join(dir, "news.txt"), problem: "symbolic link to a named pipe, not a regular file; not read" }]);
  });
});
