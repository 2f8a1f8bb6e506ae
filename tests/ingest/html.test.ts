import { describe, expect, it } from "vitest";
import { documentFromBytes } from "../../src/ingest/index.ts";
import { htmlToText } from "../../src/ingest/html.ts";
import type { IngestProblem } from "../../src/ingest/index.ts";
import { fixture, fixtureBytes } from "./helpers.ts";

function read(name: string) {
  const problems: IngestProblem[] = [];
  const doc = documentFromBytes(fixtureBytes(name), fixture(name), problems);
  expect(problems).toEqual([]);
  return doc!;
}

describe("HTML pages", () => {
  it("keeps the article and drops menu, breadcrumb, script, style, share widget and footer", () => {
    const doc = read("news-page.html");
    expect(doc.text).toContain("枣庄市与徐州市签署协议");
    expect(doc.text).toContain("两市将共同推进淮海经济区一体化发展。");
    for (const chrome of ["首页", "新闻中心", "政务公开", "您所在的位置", "统计代码", "document.write", "宋体", "分享到", "版权所有", "ICP备", "页脚脚本"]) {
      expect(doc.text, chrome).not.toContain(chrome);
    }
  });
  it("decodes entities", () => {
    const doc = read("news-page.html");
    expect(doc.text).toContain("共建“鲁苏合作产业园”。");
    expect(doc.text).toContain("新能源&新材料");
    expect(doc.text).not.toMatch(/&[a-z]+;/);
  });
  it("takes the headline, not the logo h1 or the site name in <title>, and the date from <meta PubDate>", () => {
    const doc = read("news-page.html");
    expect(doc.title).toBe("枣庄市与徐州市共建产业园区");
    expect(doc.date).toBe("2024-03-05");
  });
  it("reads a GBK page by its <meta http-equiv> charset", () => {
    const doc = read("gbk-page.html");
    expect(doc.encoding).toBe("gb18030");
    expect(doc.title).toBe("徐州高新区召开创新大会");
    expect(doc.text).toContain("近日，徐州高新区召开科技创新大会");
    expect(doc.text).not.toContain("政务公开");
    expect(doc.text).not.toContain("版权所有");
  });
  it("reports a page without main text", () => {
    const problems: IngestProblem[] = [];
    const doc = documentFromBytes(Buffer.from("<html><head><title>x</title><script>var a=1</script></head><body></body></html>"), "blank.html", problems);
    expect(doc).toBeUndefined();
    expect(problems).toEqual([{ path: "blank.html", problem: "HTML page holds no main text" }]);
  });
  it("treats a .txt file holding a saved web page as HTML", () => {
    const problems: IngestProblem[] = [];
    const doc = documentFromBytes(Buffer.from("<!DOCTYPE html><html><body><nav>首页</nav><p>徐州市召开会议。</p></body></html>"), "saved.txt", problems);
    expect(doc?.text).toBe("徐州市召开会议。");
  });
  it("prefers a content h1 to the <title> and keeps it as the first line", () => {
    const r = htmlToText("<title>站点</title><div class=logo><h1>站点名</h1></div><div><h1>徐州发布新政</h1><p>徐州市今日发布。</p><p>内容二。</p></div>");
    expect(r.title).toBe("徐州发布新政");
    expect(r.text.split("\n")[0]).toBe("徐州发布新政");
  });
});
