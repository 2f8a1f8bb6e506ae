import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";
import { fixture, FIXTURES } from "./helpers.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "hkg-ingest-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest: bad input is named, one line each, and the rest is read", () => {
  it("reads the good fixtures and names the empty and the junk file", async () => {
    const { documents, problems } = await ingest([FIXTURES]);
    expect(documents.map((d) => d.file).sort()).toEqual(
      ["big5-traditional.txt", "gbk-page.html", "gbk-report.txt", "news-page.html", "utf16be-nobom.txt", "utf16le-bom.txt", "utf8-bom.txt"].sort(),
    );
    expect(problems).toEqual([
      { path: fixture("empty.txt"), problem: "empty file" },
      { path: fixture("junk.txt"), problem: expect.stringMatching(/^binary file|do not decode/) },
    ]);
  });

  it("reports a missing path, a broken link, a named pipe, a folder named x.txt and a folder without documents", async () => {
    writeFileSync(path.join(dir, "good.txt"), "徐州市召开会议。");
    symlinkSync(path.join(dir, "nowhere.txt"), path.join(dir, "dangling.txt"));
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    mkdirSync(path.join(dir, "x.txt"));
    const emptyFolder = path.join(dir, "nothing");
    mkdirSync(emptyFolder);
    writeFileSync(path.join(emptyFolder, "notes.pdf"), "%PDF");
    const missing = path.join(dir, "missing.txt");
    const { documents, problems } = await ingest([dir, missing, emptyFolder, path.join(dir, "pipe.txt"), path.join(dir, "x.txt")]);
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: path.join(dir, "dangling.txt"), problem: "broken symbolic link (its target does not exist)" },
        { path: path.join(dir, "pipe.txt"), problem: "not a regular file (a named pipe); not read" },
        { path: missing, problem: "cannot read: no such file or folder" },
        { path: emptyFolder, problem: "folder holds no documents (.txt, .md, .html, .htm)" },
        { path: path.join(dir, "x.txt"), problem: "folder holds no documents (.txt, .md, .html, .htm)" },
      ]),
    );
    // the pipe is reached twice (inside dir and by name) but reported once
    expect(problems.filter((p) => p.path === path.join(dir, "pipe.txt"))).toHaveLength(1);
    expect(problems).toHaveLength(5);
  });

  it("follows symbolic links to documents and survives a link loop", async () => {
    mkdirSync(path.join(dir, "sub"));
    copyFileSync(fixture("utf8-bom.txt"), path.join(dir, "sub", "a.txt"));
    symlinkSync(path.join(dir, "sub", "a.txt"), path.join(dir, "link.txt"));
    symlinkSync(dir, path.join(dir, "sub", "loop"));
    const { documents, problems } = await ingest([dir]);
    expect(documents).toHaveLength(1); // the link is the same text: read once
    expect(problems).toEqual([{ path: path.join(dir, "sub", "a.txt"), problem: `same text as ${path.join(dir, "link.txt")}; read once` }]);
  });
});

describe("ingest: document identity", () => {
  it("gives the same id to the same text in another encoding and file name, and reads it once", async () => {
    const text = "徐州市人民政府\n徐州市加快建设淮海经济区中心城市。\n";
    writeFileSync(path.join(dir, "a.txt"), text);
    writeFileSync(path.join(dir, "b.txt"), iconv.encode(text, "gbk"));
    writeFileSync(path.join(dir, "c.txt"), "另一个文件。徐州。");
    const { documents, problems } = await ingest([dir]);
    expect(documents.map((d) => d.file)).toEqual(["a.txt", "c.txt"]);
    expect(problems).toEqual([{ path: path.join(dir, "b.txt"), problem: `same text as ${path.join(dir, "a.txt")}; read once` }]);
    const again = await ingest([path.join(dir, "b.txt")]);
    expect(again.documents[0]!.id).toBe(documents[0]!.id);
    expect(documents[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(documents[1]!.id).not.toBe(documents[0]!.id);
  });
  it("reports progress once per file", async () => {
    writeFileSync(path.join(dir, "a.txt"), "徐州。");
    writeFileSync(path.join(dir, "b.txt"), "");
    const calls: [number, number][] = [];
    await ingest([dir], { onProgress: (d, n) => calls.push([d, n]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
