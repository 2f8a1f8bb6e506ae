// Issue 12, item 5: the work per HTML page is bounded and one bad file never sinks a build.
// Time is shown by `npm run bench -- --hostile`; here, what the bounding keeps and drops.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/pipeline/index.ts";
import { boundHtml, MAX_DEPTH } from "../../src/ingest/bound-html.ts";
import { htmlToText } from "../../src/ingest/html.ts";
import { MAX_DOCUMENT_BYTES } from "../../src/ingest/index.ts";
import { OUTPUT_FILES } from "../../src/export/index.ts";

const dir = mkdtempSync(path.join(tmpdir(), "hkg-html-bounds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PARA = "<p>徐州市推进徐州高新区建设，云龙湖实验室依托中国矿业大学建设。</p>";

function maxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)div\b/g)) {
    depth += m[1] ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

describe("bounded HTML", () => {
  it("40 000 nested <div>s: nesting cut at MAX_DEPTH, the text kept", () => {
    const page = `<html><body>${"<div>".repeat(40_000)}${PARA}${"</div>".repeat(40_000)}<div><p>连云港市建设连云港港。</p></div></body></html>`;
    const b = boundHtml(page);
    expect(maxDepth(b.html)).toBe(MAX_DEPTH);
    expect(b.flattened).toBe(40_000 - MAX_DEPTH);
    const t = htmlToText(page);
    expect(t.text).toContain("云龙湖实验室依托中国矿业大学建设");
    expect(t.flattened).toBe(40_000 - MAX_DEPTH);
  });

  it("100 000 attributes on one element: only the attributes the reader uses are passed on", () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => ` data-a${i}="${i}"`).join("");
    const page = `<html><body><div class="content"${attrs} id="main" onclick="x()">${PARA}</div></body></html>`;
    const b = boundHtml(page);
    expect(b.html).toBe(`<html><body><div class="content" id="main">${PARA}</div></body></html>`);
    expect(htmlToText(page).text).toContain("云龙湖实验室");
  });

  it("a page that nests normally is passed on unchanged but for scripts and unread attributes", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="pubdate" content="2024-01-19"><title>a &amp; b</title><script>if (a<b) x("</div>")</script></head><body><ul><li>一<li>二</ul><p>三<br>四<img src="x.png"></body></html>`;
    expect(boundHtml(page).html).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="pubdate" content="2024-01-19"><title>a &amp; b</title><script></script></head><body><ul><li>一<li>二</ul><p>三<br>四<img></body></html>`,
    );
  });
});

describe("one bad file never sinks a build", () => {
  it("a file over the size limit is reported and the other documents are built", async () => {
    writeFileSync(path.join(dir, "good.txt"), "徐州市推进徐州高新区建设，云龙湖实验室依托中国矿业大学建设。");
    const huge = path.join(dir, "huge.html");
    writeFileSync(huge, "");
    truncateSync(huge, MAX_DOCUMENT_BYTES + 1); // sparse: no 64 MB written
    const deep = path.join(dir, "deep.html");
    writeFileSync(deep, `<html><body>${"<div>".repeat(20_000)}<p>连云港市建设连云港港徐圩港区。</p></body></html>`);
    const out = path.join(dir, "out");
    const { summary } = await build([dir], { out, layout: false });
    expect(summary.documents).toBe(2);
    expect(summary.files).toHaveLength(OUTPUT_FILES.length);
    expect(summary.problems.find((p) => p.path === huge)?.problem).toMatch(/too large/);
    expect(summary.problems.find((p) => p.path === deep)?.problem).toMatch(/nested more than 256/);
  });
});
