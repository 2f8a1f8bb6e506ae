// Issue 12, item 11: escape sequences in file names and document text never reach a terminal raw.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { format } from "../../src/neo4j/index.ts";
import { hkg } from "../helpers/cli.ts";

const base = mkdtempSync(path.join(tmpdir(), "hkg-escapes-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// clear screen, set the window title, copy to the clipboard (OSC 52), a one-byte CSI, a bidi override
const HOSTILE = "\x1b[2J\x1b]0;owned\x07\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m\u202e";
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/;

describe("terminal escapes", () => {
  it("hkg query tables show control characters as \\xNN", () => {
    const table = format({ columns: ["name", `evi${HOSTILE}dence`], rows: [{ name: "徐州市", [`evi${HOSTILE}dence`]: `徐州市${HOSTILE}合作。` }] }, "table");
    expect(table).not.toMatch(RAW);
    expect(table).toContain("\\x1b[2J");
    expect(table).toContain("\\u202e");
    // JSON keeps the data exactly (JSON.stringify escapes controls itself)
    expect(JSON.parse(format({ columns: ["t"], rows: [{ t: HOSTILE }] }, "json"))[0].t).toBe(HOSTILE);
  });

  it("hkg build names a file with escapes in its name without passing them to stderr", async () => {
    const dir = path.join(base, "corpus");
    mkdirSync(dir);
    writeFileSync(path.join(dir, `bad${HOSTILE}.txt`), "");
    writeFileSync(path.join(dir, "ok.txt"), "徐州市推进徐州高新区建设，云龙湖实验室依托中国矿业大学建设。");
    const r = await hkg(["build", dir, "--out", path.join(base, "out"), "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("empty file");
    expect(r.stderr).toContain("bad\\x1b[2J");
    expect(r.stderr).not.toMatch(RAW);
  });
});
