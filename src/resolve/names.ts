import type { DocumentHome, Mention } from "../extract/index.ts";

/**
 * How mentions of one thing written differently are told to be the same, and which name is canonical.
 * Rules, not lists: 徐州高新区 = 徐州高新技术产业开发区 (经开区/高新区 are short for the official forms);
 * 江苏淮海科技城 = 淮海科技城 (a leading province drops); 市中医院 in a Xuzhou report = 徐州市中医院;
 * 台儿庄至睢宁高速公路 = 台睢高速 (a line is named by the first characters of its ends).
 */
export interface NameKey {
  /** what mentions of the same thing share */
  key: string;
  /** the name this mention contributes as a canonical candidate */
  name: string;
  /** the name is spelled out from a short form (经开区 → 经济技术开发区): a form the text writes in full wins over it */
  derived?: boolean;
}

const ZONE_LONG: [RegExp, string][] = [
  [/高新区$/, "高新技术产业开发区"],
  [/经开区$/, "经济技术开发区"],
];
const PROVINCE_PREFIX = /^(江苏|山东|安徽|河南|浙江|上海|北京)(省|市)?(?=.{3,})/;
const COUNTY_START = /^县(?!城|委|政|级|域|内|长|里|乡|镇|区|直|属|中心$)/;
const CITY_START = /^市(?!场|民|区|委|政|级|属|域|内|辖|县|长|中心$)/;

export function nameKey(m: Mention, home: DocumentHome | undefined, cityNames: ReadonlySet<string> = new Set(), countyNames: ReadonlySet<string> = new Set(), countiesOf: ReadonlyMap<string, ReadonlySet<string>> = new Map(), twinLines: ReadonlySet<string> = new Set()): NameKey {
  const homeShort = home?.city?.name.replace(/市$/, "");
  let name = m.canonical ?? m.name;
  if (m.code || m.type === "Region" || m.type === "IndustryCluster" || m.type === "Province" || m.type === "City" || m.type === "District" || m.type === "Town") {
    return { key: name, name };
  }
  // "市X" in a city's document is that city's X
  if (home?.city && CITY_START.test(name) && name.length >= 4 && (m.type === "Organization" || m.type === "Project" || m.type === "Zone")) name = home.city.name + name.slice(1);
  // and "县X" in a county's document is that county's X (县经济开发区光电产业园 in 灌南县's: 灌南县经济开发区…)
  else if (home?.district?.name.endsWith("县") && COUNTY_START.test(name) && name.length >= 5 && (m.type === "Organization" || m.type === "Project" || m.type === "Zone")) name = home.district.name + name.slice(1);
  if (m.type === "Zone") {
    const short = name;
    for (const [re, long] of ZONE_LONG) name = name.replace(re, long);
    const derived = name !== short;
    // a national zone's official name is its place and kind; the rank said between them is no part of it
    // (枣庄国家高新区 is 枣庄高新技术产业开发区)
    const ranked = /^(.{2,4}?)(国家级|国家|省级)(高新技术产业开发区|经济技术开发区|经济开发区)$/.exec(name);
    if (ranked && (cityNames.has(`${ranked[1]}市`) || cityNames.has(ranked[1]!) || countyNames.has(ranked[1]!) || ["县", "区", "市"].some((x) => countyNames.has(ranked[1]! + x)))) name = ranked[1]! + ranked[3]!;
    if (/^(高新技术产业开发区|经济技术开发区|港务区)$/.test(name) && homeShort) name = homeShort + name;
    // a zone's official name has its city without 市 (宿迁市洋河新区 is 宿迁洋河新区); the text's form stays an alias
    name = withoutCitySuffix(name, cityNames);
    // a province said before a city's zone is no part of its name (山东济宁高新区 is 济宁高新技术产业开发区);
    // before anything else it may be (江苏淮海科技城)
    const rest = name.replace(PROVINCE_PREFIX, "");
    if (rest !== name && [2, 3].some((n) => cityNames.has(`${rest.slice(0, n)}市`))) name = rest;
    let key = name.replace(PROVINCE_PREFIX, "");
    // 淮北市高新技术产业开发区 = 淮北高新技术产业开发区
    key = withoutCitySuffix(key, cityNames);
    // 郓城县经济开发区 = 郓城经济开发区, 邳州市经济开发区 = 邳州经济开发区, 相山区经济开发区 = 相山经济开发区
    key = withoutCitySuffix(key, countyNames);
    if (homeShort && key.startsWith(homeShort) && home?.district && key.slice(homeShort.length).startsWith(home.district.name.replace(/[区县市]$/, ""))) key = key.slice(homeShort.length);
    // 临沂河东经济开发区 = 河东经济开发区: a county's zone named with its city in front
    for (const n of [2, 3]) {
      const rest = key.slice(n);
      if ([...(countiesOf.get(key.slice(0, n)) ?? [])].some((c) => c.length >= 2 && rest.startsWith(c) && rest.length > c.length + 2)) key = rest;
    }
    // 经开区 stands for both kinds of development zone, and a place has one of them: 萧县经开区 = 萧县经济开发区
    key = key.replace(/(经济技术开发区|经济开发区)$/, "经开区");
    // and a place's bare 开发区 is that zone too (沭阳开发区 = 沭阳经济技术开发区, 丰县开发区 = 丰县经济开发区)
    const bare = /^(.{2,4}?)开发区$/.exec(key);
    if (bare && (cityNames.has(`${bare[1]}市`) || cityNames.has(bare[1]!) || countyNames.has(bare[1]!) || ["县", "区", "市"].some((x) => countyNames.has(bare[1]! + x)))) key = `${bare[1]}经开区`;
    // a park is named with and without 区 (临沂公铁联运物流园区 = 临沂公铁联运物流园)
    key = key.replace(/园区$/, "园");
    // and a park inside a zone with the zone's name long or short (萧县经开区智能制造产业园 = 萧县经济开发区智能制造产业园)
    key = key.replace(/(经济技术开发区|经济开发区)(?=.{3,})/, "经开区").replace(/高新技术产业开发区(?=.{3,})/, "高新区");
    return { key, name, ...(derived ? { derived } : {}) };
  }
  if (m.type === "Infrastructure") {
    if (homeShort) {
      if (/^(地铁)?[0-9一二三四五六七八九十]+号线$/.test(name)) name = `${homeShort}地铁${name.replace(/^地铁/, "")}`;
      if (/^(国际|中欧)?班列$|^中欧班列$/.test(name) || name === `${homeShort}班列` || name === `${homeShort}国际班列`) name = `${homeShort}中欧班列`;
    }
    // a ring road or metro named without its city is the home city's (东部绕越高速 → 徐州东部绕越高速)
    if (homeShort && /(绕越|绕城|地铁|快速路|大道)/.test(name) && !name.startsWith(homeShort) && !/至/.test(name)) name = homeShort + name;
    let key = name.replace(/(高速公路)$/, "高速");
    // a conventional railway and a high-speed line of the same ends are two lines where both exist
    // (京沪铁路, 京沪高铁); elsewhere a line's 铁路 and 高铁 are one (徐宿淮盐铁路 = 徐宿淮盐高铁)
    const stem = /^(.+?)(城际铁路|高速铁路|客运专线|高铁|普铁|铁路)$/.exec(key);
    if (stem && twinLines.has(stem[1]!)) key = `${stem[1]}${/^(普铁|铁路)$/.test(stem[2]!) ? "铁路" : "高铁"}`;
    else key = key.replace(/(城际铁路|高速铁路|客运专线|高铁|普铁|铁路)$/, "铁路");
    // a city has one airport, named with or without its own name and rank (徐州观音国际机场 = 徐州机场)
    const airport = /^(.{2,3}?)市?.*机场$/.exec(key);
    if (airport && cityNames.has(`${airport[1]}市`)) key = `${airport[1]}机场`;
    const to = /^(.+?)至(.+?)(高速|铁路)$/.exec(key);
    if (to) key = `${to[1]![0]}${to[2]![0]}${to[3]}`;
    // two cities' names run together (菏泽徐州铁路) are the line of their first characters (菏徐铁路)
    const pair = /^([\u4e00-\u9fa5]{4,6})(高速|铁路)$/.exec(key);
    if (pair) {
      for (const n of [2, 3]) {
        const a = pair[1]!.slice(0, n), b = pair[1]!.slice(n);
        if (b.length >= 2 && cityNames.has(`${a}市`) && cityNames.has(`${b}市`)) key = `${a[0]}${b[0]}${pair[2]}`;
      }
    }
    return { key, name };
  }
  // a designation inside a name does not make another thing (徐连国家中欧班列集结中心 = 徐连中欧班列集结中心,
  // 徐州市班列公司 = 徐州国际班列公司)
  let key = name.replace(/(?<=.)(国家|国际)(?=.{4,})/, "");
  // a provincial lab is named with and without its province (安徽省污染物…重点实验室 = 污染物…重点实验室)
  // (and with and without its rank: 消化系统疾病…药物实验室 = 山东省消化系统疾病…药物重点实验室)
  if (m.type === "Lab") key = key.replace(PROVINCE_PREFIX, "").replace(/重点实验室$/, "实验室");
  key = withoutCitySuffix(key, cityNames);
  if (m.type === "Project") {
    // works named as a project are the works (新万福河复航工程项目 = 新万福河复航工程)
    key = key.replace(/工程项目$/, "工程");
    // and a city's works named with the city in front are the works (菏泽新万福河复航工程)
    for (const n of [2, 3]) if (cityNames.has(`${key.slice(0, n)}市`) && key.length - n >= 5 && /(工程|项目)$/.test(key)) { key = key.slice(n); break; }
  }
  return { key, name };
}

/** A name that opens with a city's (or county's) full name keys as if it opened with its short one (徐州市班列公司 = 徐州班列公司). */
function withoutCitySuffix(key: string, cityNames: ReadonlySet<string>): string {
  for (const city of [/^(.{2,4}?市)(?=.{3,})/.exec(key)?.[1], /^(.{2,4}?县)(?=.{3,})/.exec(key)?.[1], /^(.{2,4}?区)(?=.{3,})/.exec(key)?.[1]]) {
    if (city && cityNames.has(city)) return city.slice(0, -1) + key.slice(city.length);
  }
  return key;
}
