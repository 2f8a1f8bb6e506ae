#!/usr/bin/env node
// Writes the ingest test fixtures whose bytes must really be in a legacy or UTF-16 encoding.
// Run once (node scripts/make-ingest-fixtures.mjs); the files are committed, so tests read bytes
// that no editor or git filter has re-encoded. Re-running rewrites identical bytes.
import iconv from "iconv-lite";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "tests", "fixtures", "ingest");
mkdirSync(dir, { recursive: true });
const write = (name, bytes) => writeFileSync(path.join(dir, name), bytes);

const report = [
  "徐州市人民政府关于推进淮海经济区协同发展的报告",
  "发布日期：2024年1月19日",
  "",
  "徐州市是淮海经济区中心城市。2023年，全市地区生产总值增长7.3%，徐州高新区、徐州经济技术开发区加快发展。",
  "今年，我们将推动徐州与宿迁、连云港、枣庄协同发展，建设淮海国际陆港。",
  "",
].join("\r\n"); // CRLF, as Windows editors save GBK text

write("gbk-report.txt", iconv.encode(report, "gbk"));
// a GBK page declaring its charset, as mainland government sites commonly serve
write(
  "gbk-page.html",
  iconv.encode(
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>徐州高新区召开创新大会_徐州市人民政府</title></head>` +
      `<body><div class="nav">首页 | 政务公开 | 新闻中心</div><div class="content"><p>近日，徐州高新区召开科技创新大会，表彰一批创新企业。</p>` +
      `<p>徐州市副市长出席会议并讲话。</p></div><div class="footer">版权所有：徐州市人民政府</div></body></html>`,
    "gbk",
  ),
);

const utf16le = "淮海经济区核心城市\n徐州市与连云港市签署合作协议，共建淮海国际陆港。\n";
const utf16be = "连云港市政府工作报告\n连云港市是淮海经济区出海口。\n";
write("utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(utf16le, "utf-16le")]));
write("utf16be-nobom.txt", iconv.encode(utf16be, "utf-16be"));

const traditional = "徐州高新區管理委員會\n徐州高新區位於徐州市銅山區，是國家級高新技術產業開發區。\n";
write("big5-traditional.txt", iconv.encode(traditional, "big5"));

// UTF-8 with a byte-order mark, as Windows Notepad saves
write("utf8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("宿迁市政府工作报告\n宿迁市加快融入淮海经济区。\n")]));

write("empty.txt", Buffer.alloc(0));

// junk: bytes from a fixed linear congruential generator, so the file is the same on every run
const junk = Buffer.alloc(2048);
let seed = 20240119;
for (let i = 0; i < junk.length; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  junk[i] = seed >>> 24;
}
write("junk.txt", junk);

// a UTF-8 web capture: logo, menu, breadcrumb, script, style, share widget and footer around the article
write(
  "news-page.html",
  Buffer.from(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="PubDate" content="2024-03-05 10:30">
<title>枣庄市与徐州市共建产业园区 - 淮海经济区网</title>
<style>.nav { color: red } body { font-family: "宋体"; }</style>
<script>var tracker = "统计代码徐州"; document.write("广告");</script>
</head>
<body>
<div class="header"><h1 class="logo">淮海经济区网</h1></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li><li>政务公开</li></ul>
<div class="breadcrumb">您所在的位置：首页 &gt; 新闻中心 &gt; 正文</div>
<div class="article">
  <h2>枣庄市与徐州市共建产业园区</h2>
  <p>3月5日，枣庄市与徐州市签署协议，在台儿庄区共建&ldquo;鲁苏合作产业园&rdquo;。</p>
  <p>园区规划面积10平方公里&nbsp;，重点发展新能源&amp;新材料产业。</p>
  <p>两市将共同推进淮海经济区一体化发展。</p>
</div>
<div class="share">分享到：微信 微博</div>
<footer><p>版权所有 © 淮海经济区网 苏ICP备12345678号</p></footer>
<script>console.log("页脚脚本");</script>
</body>
</html>
`),
);
