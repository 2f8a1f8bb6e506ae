import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { prng, shuffle } from "./prng.ts";

export interface BenchCorpus {
  dir: string;
  bytes: number;
  files: number;
}

const SEED = 20240119;
// every prefecture-level city, so copies can speak of other places: a corpus of identical copies
// would give the same few hundred entities at any size and never load resolve, graph or layout
const CITIES = (JSON.parse(readFileSync(new URL("../data/admin-register.json", import.meta.url), "utf8")) as { cities: [string, string][] }).cities
  .map(([, name]) => name)
  .filter((n) => n.endsWith("市") && n !== "市辖区" && n.length >= 3)
  .map((n) => n.slice(0, -1));
const FOLDERS = ["reports", "news/2023", "news/2024", "web/xuzhou", "web/lianyungang", "archive/old"];

/**
 * Writes a corpus of about `mb` megabytes under .bench/ from the bundled corpus: each file is a
 * bundled document with its body paragraphs shuffled by a seeded PRNG and a numbered heading
 * (so no two copies share a content hash and none is dropped as a duplicate), three in four with
 * 徐州 replaced by another Chinese city (so the graph grows with the corpus), spread over
 * subfolders, one in five GBK-encoded and one in six wrapped in an HTML page with chrome. The
 * same size and seed give the same bytes, so runs on different days compare; an existing corpus
 * with a complete manifest is reused.
 */
export function makeCorpus(root: string, sourceDir: string, mb: number): BenchCorpus {
  const dir = path.join(root, `corpus-${mb}mb`);
  const manifest = path.join(dir, "MANIFEST.json");
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")) as BenchCorpus;
  rmSync(dir, { recursive: true, force: true });
  const sources = readdirSync(sourceDir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(path.join(sourceDir, f), "utf8").split(/\n+/).filter((l) => l.trim()));
  if (!sources.length) throw new Error(`no documents in ${sourceDir} to build a benchmark corpus from`);
  const rand = prng(SEED);
  const target = mb * 1024 * 1024;
  let bytes = 0;
  let n = 0;
  while (bytes < target) {
    const lines = sources[n % sources.length]!;
    const [head = "", ...body] = lines;
    const city = n % 4 === 0 ? "徐州" : CITIES[Math.floor(rand() * CITIES.length)]!;
    const text = [`${head}（副本${n}）`, ...shuffle(body, rand)].join("\n\n").replaceAll("徐州", city) + "\n";
    const folder = FOLDERS[Math.floor(rand() * FOLDERS.length)]!;
    const roll = rand();
    let name: string;
    let data: Buffer;
    if (roll < 0.2) {
      name = `gbk-${n}.txt`;
      data = iconv.encode(text, "gbk");
    } else if (roll < 0.37) {
      name = `page-${n}.html`;
      data = Buffer.from(htmlPage(head, text));
    } else {
      name = `${String(n).padStart(5, "0")}_${Math.floor(rand() * 0xffffffff).toString(16)}.txt`;
      data = Buffer.from(text);
    }
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, name), data);
    bytes += data.length;
    n++;
  }
  const corpus = { dir, bytes, files: n };
  // MANIFEST.json is not a document type, so the pipeline ignores it; written last so that an
  // interrupted generation is redone rather than reused
  writeFileSync(manifest, JSON.stringify(corpus));
  return corpus;
}

function htmlPage(title: string, text: string): string {
  const paragraphs = text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}_淮海经济区网</title>
<script>var _hmt = _hmt || [];</script><style>body{font-size:14px}</style></head><body>
<div class="nav"><a href="/">首页</a> | <a>新闻中心</a> | <a>政务公开</a></div>
<div class="breadcrumb">您所在的位置：首页 &gt; 新闻中心</div>
<div class="article">${paragraphs}</div>
<div class="footer">版权所有 淮海经济区网</div></body></html>\n`;
}
