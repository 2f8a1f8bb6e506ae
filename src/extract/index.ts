import type { SourceDocument } from "../ingest/index.ts";
import { normalizeForMatching } from "../ingest/index.ts";
import type { Knowledge, AdminUnit } from "../knowledge/index.ts";
import type { NodeType } from "../ontology/index.ts";
import { awardedFirms, leadFirms } from "./firm-clauses.ts";
import { buildGazetteer, type GazetteerEntry } from "./gazetteer.ts";
import { decodeLine, lineStem } from "./lines.ts";
import { NamePatterns } from "./patterns.ts";
import { chooseUnit, startsWithPlace } from "./places.ts";
import { findRelations } from "./relations/index.ts";
import { JOINT, POINT } from "./relations/shared.ts";
import { Segmenter } from "./segment.ts";
import { firmSiblings } from "./siblings.ts";
import type { Trie } from "./trie.ts";
import type { DocumentHome, Extraction, Mention, RelationMention } from "./types.ts";

export type { DocumentHome, Extraction, Mention, RelationMention } from "./types.ts";
export { openExtractionCache, type ExtractionCache, type ExtractionCacheOptions } from "./cache.ts";
export { extractorVersion } from "./version.ts";

export interface Extractor {
  extract(doc: SourceDocument): Extraction;
}

interface Ctx {
  kb: Knowledge;
  gazetteer: Trie<GazetteerEntry>;
  seg: Segmenter;
  patterns: NamePatterns;
  systemNames: string[];
  /** the codes of the cities of the curated regions (the Huaihai zone's ten): a line to one is the region's */
  regionCities: Set<string>;
}

const built = new WeakMap<Knowledge, Extractor>();

/**
 * Builds the extractor once per knowledge base (dictionaries, segmenter: about a second and a half),
 * then reads documents one at a time; a second build in the same process reuses it.
 */
export function createExtractor(kb: Knowledge): Extractor {
  let ex = built.get(kb);
  if (!ex) built.set(kb, (ex = newExtractor(kb)));
  return ex;
}

function newExtractor(kb: Knowledge): Extractor {
  const seg = new Segmenter([...kb.regions.map((r) => r.name), ...kb.clusters.flatMap((c) => c.members.map((m) => m.name))]);
  const gazetteer = buildGazetteer(kb, seg.lexicon);
  // place names of three characters or more are words of their own (霍尔果斯, 台儿庄)
  const placeWords: string[] = [];
  for (const [name, units] of kb.admin.byName) if (name.length >= 3 && units.some((u) => u.type !== "Town")) placeWords.push(name);
  for (const [name, e] of gazetteer.entries()) if (name.length >= 3 && e.short) placeWords.push(name);
  seg.addWords(placeWords);
  const systemNames = kb.clusters.flatMap((s) => [s.name, ...s.aliases]);
  const isPlace = (w: string) => !!gazetteer.get(w)?.units?.some((u) => u.type !== "Town");
  const unitsOf = (w: string) => gazetteer.get(w)?.units ?? [];
  const contains = (outer: string, inner: string) => unitsOf(outer).some((o) => unitsOf(inner).some((i) => i.code !== o.code && i.code.startsWith(o.code)));
  const placeType = (w: string) => {
    const kinds = new Set(unitsOf(w).filter((u) => u.type !== "Town").map((u) => u.type));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  };
  const isFullPlace = (w: string) => !!kb.admin.byName.get(w)?.some((u) => !u.zone && u.type !== "Town");
  // the characters a line name can be made of: the first character of a division's name, a province's
  // one-character form, the customary abbreviations (京 for 北京)
  const lineChars = new Set<string>([...kb.lines.provinces.forms, ...Object.keys(kb.lines.abbreviations)]);
  for (const [name, units] of kb.admin.byName) if (units.some((u) => u.type !== "Town" && !u.zone)) lineChars.add(name[0]!);
  const regionCities = new Set(kb.regions.flatMap((r) => r.members?.cities ?? []).flatMap((c) => kb.admin.byName.get(c) ?? []).map((u) => u.code.slice(0, 4)));
  const ctx: Ctx = { kb, gazetteer, seg, patterns: new NamePatterns(kb.stop, seg, isPlace, isFullPlace, lineChars, new Set([...kb.lines.provinces.forms, ...Object.keys(kb.lines.abbreviations)]), contains, placeType), systemNames, regionCities };
  return { extract: (doc) => extractDocument(doc, ctx) };
}

interface Span {
  start: number;
  end: number;
  sentence: number;
  entry?: GazetteerEntry;
  mention?: Omit<Mention, "start" | "end" | "sentence">;
  /** an item of an enumeration: its siblings say it is a name */
  listed?: boolean;
}

const ADMIN = new Set(["Province", "City", "District", "Town"]);

// towns listed by their names without 镇/乡 and counted after (途经化雨、兴隆、鸡黍、马庙四个镇, 朝阳、下楼两镇)
const TOWN_LIST = /((?:[\u4e00-\u9fa5]{2,3}、)+[\u4e00-\u9fa5]{2,3})(?:[和及与]([\u4e00-\u9fa5]{2,3}))?等?([0-9一二三四五六七八九十两]+)个?(镇|乡)/g;

/** Each item of a counted list of towns named without their kind, where the register lists the town. */
function townsByShortName(text: string, from: number, to: number, sentence: number, gazetteer: Trie<GazetteerEntry>): Span[] {
  const out: Span[] = [];
  if (!/[镇乡]/.test(text.slice(from, to))) return out;
  for (const m of text.slice(from, to).matchAll(TOWN_LIST)) {
    const items = m[1]!.split("、");
    if (m[2]) items.push(m[2]);
    // (the count says the list is whole: as many towns as items)
    const count = /^[0-9]+$/.test(m[3]!) ? Number(m[3]) : "一二三四五六七八九十".indexOf(m[3]!) + 1 || (m[3] === "两" ? 2 : 0);
    if (count !== items.length) continue;
    const found: Span[] = [];
    let at = from + m.index!;
    for (const [n, item] of items.entries()) {
      // (the last item after 和 stands after the conjunction)
      if (n === items.length - 1 && m[2]) at = from + m.index! + m[1]!.length + 1;
      // (the first may carry the word before the list, 途经|化雨: the town is the shorter name the register knows)
      const cut = n === 0 && item.length === 3 && !gazetteer.get(item + m[4]!)?.units ? 1 : 0;
      const entry = gazetteer.get(item.slice(cut) + m[4]!);
      if (entry?.units?.some((u) => u.type === "Town")) found.push({ start: at + cut, end: at + item.length, sentence, entry });
      at += item.length + 1;
    }
    // (every item a town the register knows, else the list is something else: 雄安、商丘两地)
    if (found.length === items.length) out.push(...found);
  }
  return out;
}

function extractDocument(doc: SourceDocument, ctx: Ctx): Extraction {
  const { gazetteer, seg, patterns, kb } = ctx;
  const spans: Span[] = [];
  const text = doc.norm;
  const namesSystem = ctx.systemNames.some((n) => text.includes(n));
  for (const s of doc.sentences) {
    const found: Span[] = [];
    const bounds = seg.boundaries(text, s.start, s.end);
    for (const p of patterns.find(text, s.start, s.end)) {
      if (p.enumeration !== undefined || p.type === "Town") {
        const g = gazetteer.get(text.slice(p.start, p.end));
        if (g) continue; // an enumerated place or known name, or a town the register lists: the dictionary reads it
      }
      // a listed sector the curated cluster systems know goes by its full name (工程机械 → 工程机械产业集群)
      const raw = text.slice(p.start, p.end);
      const known = p.type === "IndustryCluster" ? (gazetteer.get(raw) ?? gazetteer.get(raw.replace(/[“”]/g, '"')) ?? gazetteer.get(raw.replace(/[“”"]/g, ""))) : undefined;
      // (and a curated firm's or zone's short name that ends like one, 徐工集团, 上合物流园, goes by its official name)
      const curated = p.type === "Organization" || p.type === "Zone" || p.type === "Infrastructure" ? gazetteer.get(raw) : undefined;
      const official = curated?.type === p.type && !curated.units && !curated.homeCities ? curated.canonical : undefined;
      const canonical = p.canonical ?? (known?.type === "IndustryCluster" && (/集群$/.test(known.canonical) || /["“]/.test(raw)) ? known.canonical : official);
      found.push({ start: p.start, end: p.end, sentence: s.index, ...(p.enumeration !== undefined ? { listed: true } : {}), mention: { type: p.type, name: text.slice(p.start, p.end), ...(canonical ? { canonical } : {}), ...(p.bare ? { bare: true } : {}), ...(p.leadVerb ? { leadVerb: p.leadVerb } : {}) } });
    }
    for (let i = s.start; i < s.end; ) {
      const hit = gazetteer.longestAt(text, i, s.end);
      if (hit && acceptHit(hit.value, i, hit.end, bounds, namesSystem, text)) {
        found.push({ start: i, end: hit.end, sentence: s.index, entry: hit.value });
        i = hit.end;
      } else i++;
    }
    found.push(...townsByShortName(text, s.start, s.end, s.index, gazetteer));
    splitPlaceInFront(found, text, patterns, gazetteer);
    const kept = pickNonOverlapping(found);
    const typed = kept.map((k) => ({ start: k.start, end: k.end, type: k.mention?.type ?? k.entry!.units?.[0]?.type ?? k.entry!.type }));
    const tests = { words: (a: number, b: number) => seg.words(text, a, b), plainName: (x: string) => patterns.plainName(x) || patterns.isTradeName(x), tradePrefix: (x: string) => patterns.tradePrefix(x), brandLike: (x: string) => patterns.brandLike(x) };
    for (const f of [...firmSiblings(text, s.start, s.end, typed, tests), ...awardedFirms(text, s.start, s.end, typed, tests), ...leadFirms(text, s.start, s.end, typed, tests)]) {
      kept.push({ ...f, sentence: s.index, mention: { type: "Organization", name: text.slice(f.start, f.end) } });
    }
    kept.sort((a, b) => a.start - b.start);
    spans.push(...kept, ...owners(kept, text, gazetteer, (x) => patterns.isTradeName(x)));
  }
  const context = documentContext(spans, text, gazetteer);
  const mentions: Mention[] = [];
  // generic words that name a zone of the document's city only (自贸试验区): settled once the home is known
  const homeWords = new Map<Mention, Map<string, string>>();
  for (const sp of spans) {
    if (sp.mention) {
      mentions.push({ ...sp.mention, start: sp.start, end: sp.end, sentence: sp.sentence });
      continue;
    }
    const e = sp.entry!;
    const unit = e.units ? chooseUnit(e.units, context) : undefined;
    if (e.units && !unit) continue;
    // a county's short form (泉山, 睢宁) is read only in documents about its province, or when long (满洲里, 二连浩特)
    if (e.short && unit?.type === "District" && !context.get(unit.code.slice(0, 4)) && sp.end - sp.start < 3) continue;
    // (a city's short form the dictionary knows as a common word, 来宾 "guests", only where something other
    // than the city names its province; the region's own cities are the documents' subject, whatever the
    // dictionary makes of them: 商丘/n)
    if (e.short && unit?.type === "City" && !ctx.regionCities.has(unit.code) && !/^ns/.test(seg.lexicon.get(text.slice(sp.start, sp.end))?.tag ?? "ns") && (context.get(unit.code.slice(0, 2)) ?? 0) <= (context.get(unit.code) ?? 0)) continue;
    // (a place's short form that names a lake or an old town listed as such, 南阳湖、 南阳古镇、, names that, not the place)
    if (e.short && /^(湖|古镇)(?=[、,。;等和与及0-9]|$)/.test(text.slice(sp.end, sp.end + 3))) continue;
    // (a direction and 至 or 起 before a place, 东至|新长铁路, is a route's end, not 东至县)
    if (e.short && /^[东西南北][至起到]$/.test(text.slice(sp.start, sp.end))) continue;
    if (e.homeCities) {
      const m: Mention = { type: e.type, name: text.slice(sp.start, sp.end), start: sp.start, end: sp.end, sentence: sp.sentence, bare: true };
      homeWords.set(m, e.homeCities);
      mentions.push(m);
      continue;
    }
    mentions.push({
      type: unit?.type ?? e.type,
      name: text.slice(sp.start, sp.end),
      canonical: unit?.name ?? e.canonical,
      ...(unit ? { code: unit.code } : {}),
      start: sp.start,
      end: sp.end,
      sentence: sp.sentence,
    });
  }
  abbreviations(mentions);
  brandShortForms(mentions);
  companyShortLines(mentions);
  zoneShortForms(mentions, (w) => !!gazetteer.get(w)?.units);
  tailShortForms(mentions, (w) => !!gazetteer.get(w)?.units);
  placeShortForms(mentions, (w) => !!gazetteer.get(w)?.units);
  declaredShortForms(mentions, text, doc.sentences);
  // a park named in quotes before 项目 ("金诺工具科技产业园"项目) is a project
  for (const m of mentions) if (m.type === "Zone" && /[“"]/.test(text[m.start - 1] ?? "") && /^[”"]项目/.test(text.slice(m.end, m.end + 3))) m.type = "Project";
  const heading = headingSentences(doc);
  const found = documentHome(doc, mentions, kb, gazetteer, context, heading);
  // a page whose heading names a zone is that zone's page
  const headed = mentions.filter((m) => m.type === "Zone" && !m.via && !m.bare && (heading.has(m.sentence) || (m.start < 300 && !!doc.title && doc.title.includes(m.name))));
  // (of "位于Z的Y", the page is about Y, the park inside: 走进位于徐州高新区的|徐州国家安全科技产业园)
  const inner = headed.length >= 2 && /^的\s*$/.test(text.slice(headed[0]!.end, headed[1]!.start)) ? headed[1] : undefined;
  // (a city's page headed by a bare kind, "高新区经济运行呈现良好势头", is about that city's zone of the kind)
  const headedBare = found?.city ? mentions.find((m) => m.type === "Zone" && m.bare && heading.has(m.sentence) && text.slice(doc.sentences[m.sentence]!.start, m.start).trim() === "") : undefined;
  const zone = inner ?? headed[0] ?? mostNamedZone(mentions, text) ?? headedBare;
  const town = mostNamedTown(mentions, text);
  const home = found || zone || town ? { ...(found ?? {}), ...(zone ? { zone: zone.canonical ?? zone.name } : {}), ...(town ? { town: { name: town.canonical ?? town.name, code: town.code! } } : {}) } : undefined;
  // a bare 高新区 means the home city's; without a home city it names nothing
  if (!home?.city) for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.bare) mentions.splice(i, 1);
  // (and 自贸试验区 means a zone only in a document about the city that has one)
  for (let i = mentions.length - 1; i >= 0; i--) {
    const cities = homeWords.get(mentions[i]!);
    if (!cities) continue;
    const zone = home?.city ? cities.get(home.city.name) : undefined;
    if (zone) mentions[i] = { ...mentions[i]!, canonical: zone, bare: false };
    else mentions.splice(i, 1);
  }
  const extra: RelationMention[] = [];
  const lineOfSection = new Map<number, number>();
  // a section named with its line (济宁至商丘高速|成武至曹县段) names the line too
  for (let i = 0, n = mentions.length; i < n; i++) {
    const m = mentions[i]!;
    const line = m.type === "Infrastructure" && !m.via ? LINE_OF_SECTION.exec(m.canonical ?? m.name)?.[1] : undefined;
    if (line && line.length >= 4) {
      mentions.push({ type: "Infrastructure", name: line, start: m.start, end: m.start + line.length, sentence: m.sentence, via: "line" });
      lineOfSection.set(i, mentions.length - 1);
    }
  }
  // places read from line names: 徐连高铁 serves 徐州市 and 连云港市
  const n = mentions.length;
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    // a port, station or airport is a point: it is located, not a line joining places
    if (m.type !== "Infrastructure" || /班列/.test(m.canonical ?? m.name) || POINT.test(m.canonical ?? m.name)) {
      if (m.type === "Infrastructure" && /班列/.test(m.name)) {
        const p = startsWithPlace(m.name, gazetteer, context);
        if (p) extra.push(...placeRelation(mentions, i, p, m, "CONNECTS"));
      }
      continue;
    }
    const ends = decodeLine(m.canonical ?? m.name, kb.lines, gazetteer, home?.city?.name).flatMap((name) => kb.admin.byName.get(name)?.find((u) => !u.zone) ?? []);
    // a line named by a place the dictionary knows and the register does not (湖西航道, west of the lake;
    // 青龙山铁路) is that place's: read as abbreviations, it runs through the region or a province the page
    // names, or it is no route (湖西 is no line from 湖州 to 西安, 青龙山 no 青龙县)
    const stem = lineStem(m.canonical ?? m.name);
    const placeWord = seg.lexicon.get(stem)?.tag === "ns" && !kb.admin.byName.has(stem);
    if (placeWord && !ends.some((u) => context.has(u.code.slice(0, 2)) || ctx.regionCities.has(u.code.slice(0, 4)))) continue;
    // (nor does a line named by a common word not made of abbreviations, 沿海铁路, 环城高速: it describes
    // where the line runs, unless curated data knows the name; 丰沛铁路 is 丰县 and 沛县)
    const word = seg.lexicon.get(stem);
    if (word && !/^(ns|nz|nt|j|nr|nrt)$/.test(word.tag) && ![...stem].every((c) => kb.lines.abbreviations[c]) && !kb.lines.lines.some((l) => l.name === (m.canonical ?? m.name) || l.aliases?.includes(m.canonical ?? m.name))) continue;
    for (const unit of ends) extra.push(...placeRelation(mentions, i, unit, m, "CONNECTS"));
  }
  // and the places a section's ends name are places its line serves (盐洛高速宿城至泗洪段: 盐洛高速 serves 泗洪县)
  for (const r of [...extra]) {
    const line = r.type === "CONNECTS" ? lineOfSection.get(r.head) : undefined;
    if (line !== undefined) extra.push({ ...r, head: line });
  }
  // a town the register does not list is in the county named right before it (临沭县|临沭镇)
  const countyEndingAt = new Map<number, number>();
  for (const [i, c] of mentions.entries()) if (c.type === "District" && c.code && !countyEndingAt.has(c.end)) countyEndingAt.set(c.end, i);
  for (let i = 0, n = mentions.length; i < n; i++) {
    const m = mentions[i]!;
    const county = m.type === "Town" && !m.code ? countyEndingAt.get(m.start) : undefined;
    if (county !== undefined) extra.push({ type: "PART_OF", head: i, tail: county, sentence: m.sentence });
  }
  // a park named with the zone it is in (徐州高新区|安全科技产业园, 萧县经济开发区|智能制造产业园) is in that zone
  for (let i = 0, n = mentions.length; i < n; i++) {
    const m = mentions[i]!;
    if (m.type !== "Zone" || m.via || m.bare) continue;
    const parent = ZONE_IN_NAME.exec(m.canonical ?? m.name);
    if (!parent || !patterns.accepts(parent[1]!, "Zone") || m.name !== (m.canonical ?? m.name)) continue;
    mentions.push({ type: "Zone", name: parent[1]!, start: m.start, end: m.start + parent[1]!.length, sentence: m.sentence, via: "line" });
    extra.push({ type: "LOCATED_IN", head: i, tail: mentions.length - 1, sentence: m.sentence });
  }
  // works named with the port and port area they are in (连云港港|灌河港区|燕尾作业区码头三期工程) name both
  // (no relation: the ontology locates things in zones and divisions, not in ports)
  for (let i = 0, n = mentions.length; i < n; i++) {
    const m = mentions[i]!;
    if ((m.type !== "Project" && m.type !== "Infrastructure") || m.via || m.name !== (m.canonical ?? m.name)) continue;
    // (a port area goes by its port's name and its own: 宿迁港中心港区)
    for (const part of portParts(m.name, (x) => !!gazetteer.get(x)?.units) ?? []) mentions.push({ type: "Infrastructure", name: part, start: m.start, end: m.start + part.length, sentence: m.sentence, via: "line" });
  }
  const relations = [...extra, ...findRelations(doc, mentions, { home, gazetteer, context, kb })];
  return { doc: doc.id, mentions, relations, ...(home ? { home } : {}) };
}

/** Adds a mention of `unit` at the span of mention `i` (read from its name) and relates the two. */
function placeRelation(mentions: Mention[], i: number, unit: AdminUnit, m: Mention, type: "CONNECTS" | "LOCATED_IN" | "PART_OF"): RelationMention[] {
  mentions.push({ type: unit.type, name: unit.name, canonical: unit.name, code: unit.code, start: m.start, end: m.end, sentence: m.sentence, via: "line" });
  return [{ type, head: i, tail: mentions.length - 1, sentence: m.sentence }];
}

// streets are named after places everywhere (泰安路, 北京东路, 中山南路): a place before one of these is the street's
const STREET = /^(?:[东西南北中]?(?:路(?!桥|网|段|线|径|况|演|由|政|口|费)|大道|大街|街(?!道|区|镇|头)|巷))/;

function acceptHit(e: GazetteerEntry, start: number, end: number, bounds: Set<number>, namesSystem: boolean, text: string): boolean {
  if (e.systems && !namesSystem) return false;
  if (ADMIN.has(e.type) && e.type !== "Province" && STREET.test(text.slice(end, end + 3))) return false;
  if (ADMIN.has(e.type)) {
    // a place name must be a word of its own: not 和县 in "市和县级", not 河北 in "黄河北"
    if (!bounds.has(start) || !bounds.has(end)) {
      // a full name glued to the next word by the segmenter (徐州市将) still counts when long enough
      if (!(e.short !== true && end - start >= 3 && bounds.has(start))) return false;
    }
  }
  return true;
}

const SPLITTABLE = new Set(["Project", "Lab", "Organization"]);
const IN_FRONT = new Set(["District", "Town"]);
// a registered company name keeps its place (滕州市…有限公司)
const REGISTERED = /(有限公司|有限责任公司|股份公司)$/;
const BARE_ZONE_IN_FRONT = /^(市|县|区)?(经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区)/;

/**
 * A project, lab or organisation named with its county, town or zone in front (罗庄区罗欣…项目,
 * 沂河新区格力电器(临沂)…项目) is named without it; the place stays its own mention, in front of the
 * name, where the located rules read it. The place stays in the name where what is left is only a
 * description (灵璧县物流产业园项目) or the name is a registered one.
 */
function splitPlaceInFront(found: Span[], text: string, patterns: NamePatterns, gazetteer: Trie<GazetteerEntry>): void {
  const claimed = new Set<Span>();
  for (const p of found) {
    const type = p.mention?.type;
    if (!type || !SPLITTABLE.has(type)) continue;
    const registered = REGISTERED.test(p.mention!.name);
    // a zone named by its kind alone in front (开发区中煤汉泰…, 高新区微普…) is the place, not the name
    const bare = BARE_ZONE_IN_FRONT.exec(p.mention!.name);
    if (bare && p.mention!.name.length - bare[0].length >= 4) {
      const rest = p.mention!.name.slice(bare[0].length);
      // (what is left must be a name: 高新区|这一系列项目 names nothing)
      if (!p.listed && !p.mention!.canonical && !patterns.accepts(rest, type)) {
        claimed.add(p);
        continue;
      }
      const canonical = p.mention!.canonical?.slice(bare[0].length);
      p.start += bare[0].length;
      p.mention = { ...p.mention!, name: rest, ...(canonical ? { canonical } : {}) };
    }
    if (p.mention!.canonical) continue;
    // the places in front, longest first: where what is left after one is no name, a shorter one may
    // leave one (泉山区江苏淮海科技城|数字经济产业园 is no name; 泉山区|江苏淮海科技城数字经济产业园 is)
    const cuts: number[] = [];
    const townCuts = new Set<number>();
    // (a province may stand before the place: 山东省|临沂公铁联运物流园区|华阳物流中心)
    const province = found.find((q) => q.start === p.start && q.end < p.end && q.entry?.type === "Province")?.end;
    // (and a province and a city before the county: 山东|临沂市|沂南县|山东盛祥食品二期项目)
    const chain = new Set([p.start]);
    for (let pos = p.start, q: Span | undefined; (q = found.find((x) => x.start === pos && x.end < p.end && (x.entry?.type === "Province" || x.entry?.type === "City"))); pos = q.end) chain.add(q.end);
    for (const q of found) {
      // (市湖滨新区天成光电项目: the city's zone in front)
      // (or a zone that begins before the name and ends inside it: 临沂|沂河新区格力电器…项目)
      const at = q.start === p.start || q.start === province || (chain.has(q.start) && q.entry?.type === "District") || (q.start === p.start + 1 && /[市县区]/.test(text[p.start]!)) || (q.start < p.start && q.end > p.start && q.mention?.type === "Zone");
      if (q === p || !at || q.end >= p.end) continue;
      const place = q.entry ? IN_FRONT.has(q.entry.type) && !q.entry.short : q.mention?.type === "Zone";
      // (an interpunct after the place joins it to the name, and goes with it: 萧县·|徐州…项目)
      if (place) cuts.push(text[q.end] === "·" ? q.end + 1 : q.end);
      if (place && q.entry?.type === "Town") townCuts.add(q.end);
    }
    cuts.sort((a, b) => b - a);
    const cut = cuts.find((c) => {
      const rest = text.slice(c, p.end);
      // (an item of a list reads as a name by its siblings: 牡丹区|天邦粮油、长有面粉等3家企业)
      if (p.listed ? rest.length < 2 || !patterns.plainName(rest) : rest.length < 4 || !patterns.accepts(rest, type)) return false;
      // a registered name begins with the place it is registered in (滕州市…有限公司): only a county in
      // front of a whole registered name (兰山区|山东沂新光电科技有限公司) is split off
      // (a town is never part of a registered name, which registers at a county or above: 安兴镇|悦如农业发展有限公司)
      return !registered || /^中国/.test(rest) || townCuts.has(c) || !!gazetteer.longestAt(rest, 0)?.value.units?.some((u) => u.type === "Province" || u.type === "City");
    });
    if (cut === undefined) continue;
    const rest = text.slice(cut, p.end);
    // (another reading of the whole, place and all, yields to this one: 泉山区江苏淮海科技城数字经济产业园 as
    // a zone beside the listed project)
    for (const q of found) if (q !== p && q.mention && q.start === p.start && q.end === p.end) claimed.add(q);
    p.start = cut;
    p.mention = { ...p.mention!, name: rest };
  }
  for (let i = found.length - 1; i >= 0; i--) if (claimed.has(found[i]!)) found.splice(i, 1);
}

/**
 * The port a works' name opens with, named by its place (连云港港, 宿迁港), and the port area after it
 * (灌河港区), where what follows is built there (…作业区, 码头, 工程, 项目).
 */
function portParts(name: string, isPlace: (s: string) => boolean): string[] | undefined {
  for (let n = 4; n >= 2; n--) {
    // (not a place whose name ends in 港, 连云港, nor 港 opening another word: 港区, 港航, 港务, 港口)
    if (name[n] !== "港" || !isPlace(name.slice(0, n)) || isPlace(name.slice(0, n + 1)) || /^港[区航务口城湾]/.test(name.slice(n, n + 2))) continue;
    const port = name.slice(0, n + 1);
    const area = /^[\u4e00-\u9fa5]{2,4}?港区/.exec(name.slice(n + 1))?.[0];
    const rest = name.slice(n + 1 + (area?.length ?? 0));
    if (rest.length < 2 || !/(作业区|码头|工程|项目)/.test(rest)) return undefined;
    return area ? [port, port + area] : [port];
  }
  return undefined;
}

// a line's name, then one of its sections between two places
const LINE_OF_SECTION = /^(.+?(?:城际铁路|高速铁路|高速公路|高铁|铁路|高速|公路))[\u4e00-\u9fa5]{2,4}至[\u4e00-\u9fa5]{2,4}段$/;

// a zone's name, then a park's own name and kind
const ZONE_IN_NAME = /^(.{2,14}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|新区|工业园区))(?!.*(?:片区|园区|分区)$)(.{2,}(?:产业园|园区|工业园|科技园|基地|港|城)|大学园|大学城)$/;

/**
 * A short form the text declares after a name ("国家工程机械产品质量监督检验中心(简称国家工程机械质检中心)",
 * "(以下简称“省产研院”)") names the same thing wherever it stands in the document.
 */
function declaredShortForms(mentions: Mention[], text: string, sentences: SourceDocument["sentences"]): void {
  const declared = new Map<string, Mention>();
  const endingAt = new Map<number, Mention>();
  for (const x of mentions) if (!x.via && !endingAt.has(x.end)) endingAt.set(x.end, x);
  for (const m of text.matchAll(/[(（](?:以下)?简称[:：]?[“"]?([^)）”"、,，]{2,20})[”"]?[)）]/g)) {
    const full = endingAt.get(m.index!);
    if (full && full.type !== "Province" && full.type !== "City" && full.type !== "District" && full.type !== "Town") declared.set(m[1]!, full);
    // (a page declares a handful; each is looked for across the text, so a hostile page's thousands are not)
    if (declared.size >= 32) break;
  }
  if (!declared.size) return;
  for (const x of mentions) {
    const full = declared.get(x.name);
    if (!full || x === full) continue;
    x.type = full.type;
    x.canonical = full.canonical ?? full.name;
  }
  // and where the patterns did not read it (省产研院道研所 has no name ending), the declared form still names it
  // (the sentence holding an offset, by binary search: sentences are in text order)
  const sentenceAt = (at: number) => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return sentences[lo];
  };
  const spans = mentions.map((m) => [m.start, m.end] as const).sort((x, y) => x[0] - y[0]);
  const reach: number[] = [];
  for (const [i, [, b]] of spans.entries()) reach.push(Math.max(b, reach[i - 1] ?? 0));
  const overlaps = (at: number, end: number) => {
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    // (of the spans that start before `end`, the furthest any of them reaches)
    return lo > 0 && reach[lo - 1]! > at;
  };
  for (const [short, full] of declared) {
    for (let at = text.indexOf(short, full.end); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (overlaps(at, end)) continue;
      const sentence = sentenceAt(at);
      if (!sentence || end > sentence.end) continue;
      mentions.push({ type: full.type, name: short, canonical: full.canonical ?? full.name, start: at, end, sentence: sentence.index });
    }
  }
}

const LEGAL = /(\(集团\)|(\(集团\))?(股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司))$/;

/**
 * A company's short form made of the first characters of its name's words (枣矿集团 for 枣庄矿业(集团)有限责任公司,
 * 徐矿集团 for 徐州矿务集团有限公司) is that company, where the document names both.
 */
function abbreviations(mentions: Mention[]): void {
  const full = mentions.filter((m) => m.type === "Organization" && !m.via && (m.canonical ?? m.name).replace(LEGAL, "").replace(/\(.*?\)/g, "").length >= 4);
  for (const m of mentions) {
    if (m.type !== "Organization" || m.canonical) continue;
    const short = /^([\u4e00-\u9fa5]{2})(集团|公司)$/.exec(m.name)?.[1];
    if (!short) continue;
    const long = full.find((f) => {
      const stem = (f.canonical ?? f.name).replace(LEGAL, "").replace(/\(.*?\)/g, "");
      const k = stem.indexOf(short[1]!, 2);
      return stem[0] === short[0] && k >= 2 && k < 6;
    });
    if (long) m.canonical = long.canonical ?? long.name;
  }
}

// what a registered name adds after a firm's brand that makes it a unit of its own, not the firm
const UNIT_ENDING = /(学院|研究院|研究所|中心|医院|分院|实验室|校区|分公司|子公司|工厂|基地|事业部)$/;

/**
 * A company called by its brand alone (阿特斯, 正信光电) where the document also gives a longer name that
 * opens with that brand (阿特斯阳光电力, 正信光电科技(宿迁)有限公司) is that company: the long name is the
 * brand and its trade or legal form. Not where the long name is a unit (中国矿业大学|环境与测绘学院), nor
 * where two different long names open with the brand.
 */
function brandShortForms(mentions: Mention[]): void {
  // (by each opening at most 14 characters shorter than the long name: linear in the mentions)
  const openings = (name: string): string[] => {
    const out: string[] = [];
    if (!UNIT_ENDING.test(name)) for (let n = Math.max(2, name.length - 14); n < name.length; n++) out.push(name.slice(0, n));
    return out;
  };
  shortFormsBy(mentions, "Organization", openings, (m) => m.name.length >= 2 && /^[\u4e00-\u9fa5]/.test(m.name) && !UNIT_ENDING.test(m.name) && !/(大学|学校)$/.test(m.name));
}

/**
 * A company named like a line (中铁高速(山东)有限公司) is what its short form means elsewhere on the page
 * (中铁高速欧亚班列): the firm, not a 高速 to decode.
 */
function companyShortLines(mentions: Mention[]): void {
  const firms = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "Organization") continue;
    const brand = /^([\u4e00-\u9fa5]{2,8}?)(\([\u4e00-\u9fa5]{2,4}\))?(有限公司|有限责任公司|股份有限公司|集团)/.exec(m.name)?.[1];
    if (brand && !firms.has(brand)) firms.set(brand, m.canonical ?? m.name);
  }
  if (!firms.size) return;
  for (const m of mentions) {
    const firm = m.type === "Infrastructure" && !m.via && !m.canonical ? firms.get(m.name) : undefined;
    if (firm) Object.assign(m, { type: "Organization", canonical: firm });
  }
}

/**
 * A zone named without the county or city in front of its name elsewhere in the same document
 * (柘汪临港产业区 beside 赣榆县柘汪临港产业区) is that zone, under its fuller name.
 */
function zoneShortForms(mentions: Mention[], isPlace: (w: string) => boolean): void {
  // (by what follows the place a fuller name opens with)
  const rests = (name: string): string[] => {
    const out: string[] = [];
    for (let n = 2; n <= Math.min(8, name.length - 4); n++) if (isPlace(name.slice(0, n))) out.push(name.slice(n));
    // (a place's bare 开发区 is its development zone, whichever of the two kinds: 连云港开发区 = 连云港经济技术开发区)
    const kind = /^(.{2,8}?)(经济技术|经济)开发区$/.exec(name);
    if (kind && isPlace(kind[1]!)) out.push(`${kind[1]}开发区`);
    return out;
  };
  shortFormsBy(mentions, "Zone", rests, (m) => m.name.length >= 4);
}

const WORKS_KIND = /(工程项目|项目|工程)$/;

/**
 * A project or firm the page names once with its place in front and once without (邳州爱谱生项目 and
 * 爱谱生项目, 上海平高企业集团 and 平高企业集团) is one: a project by its name without the place, a firm
 * by its fuller name.
 */
function placeShortForms(mentions: Mention[], isPlace: (w: string) => boolean): void {
  for (const type of ["Organization", "Project"] as const) {
    const plain = new Set(mentions.filter((m) => m.type === type && !m.via && !m.canonical).map((m) => m.name));
    const longer = new Map<string, Set<string>>();
    for (const name of plain) {
      for (let n = 2; n <= Math.min(6, name.length - 4); n++) {
        const rest = name.slice(n);
        if (!isPlace(name.slice(0, n)) || !plain.has(rest)) continue;
        const set = longer.get(rest) ?? new Set<string>();
        set.add(name);
        longer.set(rest, set);
      }
    }
    for (const [short, set] of longer) {
      // (two places in front of one name are two things: 北京平高…, 上海平高…)
      if (set.size !== 1) continue;
      const long = [...set][0]!;
      for (const m of mentions) {
        if (m.type !== type || m.via || m.canonical) continue;
        if (type === "Project" && m.name === long) m.canonical = short;
        if (type === "Organization" && m.name === short) m.canonical = long;
      }
    }
  }
}

/**
 * A branch or a works named by the end of a fuller name the same document gives (新城分院 beside
 * 徐州市中心医院新城分院; 中心医院新城分院二期, 新城分院二期工程项目 beside 徐州市中心医院新城分院二期工程) is that
 * one, under its fuller name: the text drops the parent or the owner it has already named. A works is
 * compared without its kind (项目, 工程). The tail keeps at least four characters and opens with no phase;
 * a place alone in front of a works is no owner (the ontology names a works without its place).
 */
function tailShortForms(mentions: Mention[], isPlace: (w: string) => boolean): void {
  const stem = (m: Mention, name: string) => (m.type === "Project" ? name.replace(WORKS_KIND, "") : name);
  // (a place alone in front of a works is no owner: the works is named without it, 菏泽|新万福河复航工程)
  const tails = (name: string, type: NodeType): string[] => {
    const out: string[] = [];
    for (let n = 2; n <= Math.min(12, name.length - 4); n++) if (type !== "Project" || !isPlace(name.slice(0, n))) out.push(name.slice(n));
    return out;
  };
  for (const type of ["Organization", "Project"] as const) {
    const accepts = (m: Mention) => (type === "Project" || UNIT_ENDING.test(m.name)) && stem(m, m.name).length >= 4 && !/^[一二三四五六七八九十0-9]+期/.test(stem(m, m.name));
    const fuller = new Map<string, Set<string>>();
    for (const l of mentions) {
      if (l.type !== type || l.via) continue;
      const name = l.canonical ?? l.name;
      for (const key of tails(stem(l, name), type)) {
        const set = fuller.get(key) ?? new Set<string>();
        set.add(name);
        fuller.set(key, set);
      }
    }
    for (const m of mentions) {
      if (m.type !== type || m.via || m.canonical || !accepts(m)) continue;
      const found = fuller.get(stem(m, m.name));
      if (found?.size === 1) m.canonical = [...found][0]!;
    }
  }
}

/**
 * A mention of `type` read under no other name (`accepts`) takes the one fuller name of that type in the
 * document that `shortened` derives it from; where two fuller names give it, it stays as it is.
 */
function shortFormsBy(mentions: Mention[], type: NodeType, shortened: (name: string) => string[], accepts: (m: Mention) => boolean): void {
  const fuller = new Map<string, Set<string>>();
  for (const l of mentions) {
    if (l.type !== type || l.via) continue;
    const name = l.canonical ?? l.name;
    for (const key of shortened(name)) {
      const set = fuller.get(key) ?? new Set<string>();
      set.add(name);
      fuller.set(key, set);
    }
  }
  for (const m of mentions) {
    if (m.type !== type || m.via || m.canonical || !accepts(m)) continue;
    const found = fuller.get(m.name);
    if (found?.size === 1) m.canonical = [...found][0]!;
  }
}

const CAPACITY_OWNER = /^([\u4e00-\u9fa5]{4,8}?)(?=年产|年处理|年加工|年屠宰|[0-9])/;
const QUOTED_OWNER = /^([\u4e00-\u9fa5A-Za-z0-9]{2,8})[“"][^”"]{2,20}[”"](?:项目|工程)$/;
const OWNER = /^(.{2,}?(股份有限公司|有限责任公司|有限公司|集团|公司))(?=.{3,})/;
const UNIVERSITY_OWNER = /^([\u4e00-\u9fa5]{2,8}?(?:大学|学院))[—-]?(?=[\u4e00-\u9fa5—-]{2,}(研究院|研究所|实验室|研究中心|创新中心|发展中心|工程中心|技术中心|学院)$)/;

/** The owner a project or lab is named after (华阳集团|气凝胶…项目, 山东沂新光电科技有限公司|精密电子玻璃项目), as a name of its own. */
function owners(spans: Span[], text: string, gazetteer: Trie<GazetteerEntry>, isTradeName: (s: string) => boolean): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    const t = sp.mention?.type;
    if (t !== "Project" && t !== "Lab" && t !== "Organization") continue;
    const name = text.slice(sp.start, sp.end);
    if (t === "Organization" && !UNIVERSITY_OWNER.test(name)) continue;
    // a brand before the quoted product of its project: 冠玉“智能数控生产”项目
    const quoted = QUOTED_OWNER.exec(name);
    if (quoted && !gazetteer.get(quoted[1]!)) {
      out.push({ start: sp.start, end: sp.start + quoted[1]!.length, sentence: sp.sentence, mention: { type: "Organization", name: quoted[1]! } });
      continue;
    }
    // a university before the institute it set up (山东大学|滕州产业研究院, 青岛科技大学|枣庄融合创新发展中心)
    const university = t === "Organization" || t === "Lab" ? UNIVERSITY_OWNER.exec(name) : null;
    // (one the curated list knows is read under its registered name; a place is no owner)
    const known = university ? gazetteer.get(university[1]!) : undefined;
    if (university && (!known || (known.type === "Organization" && !known.units))) {
      out.push({ start: sp.start, end: sp.start + university[1]!.length, sentence: sp.sentence, mention: { type: "Organization", name: university[1]!, ...(known?.canonical ? { canonical: known.canonical } : {}) } });
      continue;
    }
    // a brand and trade before the capacity a project is named by (科信化工|1.2万吨/年…技改项目, 银旺碳素|年产20万吨…)
    const capacity = t === "Project" ? CAPACITY_OWNER.exec(name) : null;
    if (capacity && isTradeName(capacity[1]!) && !gazetteer.get(capacity[1]!)?.units) {
      out.push({ start: sp.start, end: sp.start + capacity[1]!.length, sentence: sp.sentence, mention: { type: "Organization", name: capacity[1]! } });
      continue;
    }
    // two parties joined by a dash before their joint institute (徐工机械—宝山钢铁股份有限公司|联合实验室): both own it
    const joint = t === "Lab" || t === "Organization" ? JOINT.exec(name) : null;
    if (joint) {
      const second = sp.start + joint[1]!.length + 1;
      for (const [a, b] of [[sp.start, sp.start + joint[1]!.length], [second, second + joint[2]!.length]] as const) {
        const x = text.slice(a, b);
        const known = gazetteer.get(x);
        if (known?.units) continue;
        out.push({ start: a, end: b, sentence: sp.sentence, mention: { type: "Organization", name: x, ...(known?.type === "Organization" ? { canonical: known.canonical } : {}) } });
      }
      continue;
    }
    const m = OWNER.exec(name);
    if (!m || /[、,]/.test(m[1]!)) continue;
    out.push({ start: sp.start, end: sp.start + m[1]!.length, sentence: sp.sentence, mention: { type: "Organization", name: m[1]! } });
  }
  return out;
}

/**
 * A zone's own page calls it by its kind once it has named it: "开发区突出平台打造", "目前,开发区新城区…",
 * "该园区": the kind at the start of a clause, or after 该/本/我. Counted for each kind word.
 */
const ZONE_ANAPHOR = /(?:^|[\n。,;:!?]|该|本|我)((?:经济技术|经济)?开发区|高新技术产业开发区|高新区|经开区|园区|新区|集聚区)/g;
const ANAPHOR_OF: [RegExp, string][] = [
  [/(开发区|经开区)$/, "开发区"],
  [/经开区$/, "经开区"],
  [/高新区$/, "高新区"],
  // (a development zone is called 园区 too: 到园区调研 on 金乡经济开发区's own site)
  [/(园|园区|开发区|高新区|经开区)$/, "园区"],
  [/新区$/, "新区"],
  [/集聚区$/, "集聚区"],
];

function zoneAnaphors(text: string): Map<string, { n: number; first: number }> {
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of text.matchAll(ZONE_ANAPHOR)) {
    // (the kind in full stands for the zone as its short form does: ,经济开发区通过…)
    const kind = m[1]!.replace(/^(经济技术|经济)开发区$/, "开发区").replace(/^高新技术产业开发区$/, "高新区");
    const c = counts.get(kind) ?? { n: 0, first: m.index! };
    c.n++;
    counts.set(kind, c);
  }
  return counts;
}

/**
 * The zone whose page this is: one named at least three times (its kind word counting, see above) and more
 * often than any other zone or county; one the page opens on by its kind; or the only zone, named twice,
 * on a page that names no county.
 */
function mostNamedZone(mentions: Mention[], text: string): Mention | undefined {
  const zones = new Map<string, { n: number; m: Mention }>();
  const places = new Map<string, number>();
  for (const m of mentions) {
    if (m.via || m.bare) continue;
    // (a zone's short and full kinds count as one name: 邳州经开区 is 邳州经济开发区)
    const key = m.type === "Zone" ? zoneCountKey(m.canonical ?? m.name) : (m.canonical ?? m.name);
    if (m.type === "Zone") {
      const z = zones.get(key) ?? { n: 0, m };
      z.n++;
      zones.set(key, z);
    } else if (m.type === "District") places.set(key, (places.get(key) ?? 0) + 1);
  }
  // the kind word stands for the zone where the page names one zone of that kind only
  // (the first one named of that kind: the page's topic comes first)
  const anaphors = zoneAnaphors(text);
  let opener: Mention | undefined;
  for (const [kind, { n, first }] of anaphors) {
    // (the one of that kind the page names most, the first named where they tie)
    const of = [...zones.values()].filter((z) => ANAPHOR_OF.some(([re, k]) => k === kind && re.test(z.m.canonical ?? z.m.name))).sort((a, b) => b.n - a.n)[0];
    if (!of) continue;
    of.n += n;
    // a page that opens on the kind word (近年来,开发区突出…) is about the zone of that kind
    if (first < text.search(/[。\n]|$/)) opener = of.m;
  }
  const [top, second] = [...zones.values()].sort((a, b) => b.n - a.n);
  if (opener && top?.m === opener) return opener;
  // a page whose text opens with a zone's name, the zone it names most, is that zone's (a zone's own summary)
  const first = mentions.find((m) => m.type === "Zone" && !m.via && !m.bare && text.slice(0, m.start).trim() === "");
  // (and no county named as often: "丰县开发区在全省…排名70位。丰县推进…" is the county's)
  if (first && top && zoneCountKey(top.m.canonical ?? top.m.name) === zoneCountKey(first.canonical ?? first.name) && !(second && second.n >= top.n) && ![...places.values()].some((n) => n >= top.n)) return top.m;
  // one zone named twice, and no other zone and no county: the page is about it
  if (top && !second && top.n >= 2 && places.size === 0) return top.m;
  if (!top || top.n < 3 || (second && second.n >= top.n)) return undefined;
  if ([...places.values()].some((n) => n >= top.n)) return undefined;
  return top.m;
}

/** A zone's name with its kind in short form, so that the two spellings of one zone are counted together. */
function zoneCountKey(name: string): string {
  return name.replace(/(经济技术开发区|经济开发区)$/, "经开区").replace(/高新技术产业开发区$/, "高新区");
}

/**
 * The town whose page this is: a town (镇, 乡, 街道) named at least twice, more often than any other town
 * and at least as often as any county (百善镇举行…项目集中开工, "百善镇…"): its enterprises and parks are there.
 */
function mostNamedTown(mentions: Mention[], text: string): Mention | undefined {
  const towns = new Map<string, { n: number; m: Mention }>();
  const counties = new Map<string, number>();
  for (const m of mentions) {
    if (m.via || !m.code) continue;
    const key = m.code;
    if (m.type === "Town") {
      const t = towns.get(key) ?? { n: 0, m };
      t.n++;
      towns.set(key, t);
    } else if (m.type === "District") counties.set(key, (counties.get(key) ?? 0) + 1);
  }
  // (a town's own page calls itself 我镇, 全镇, 该镇: where one town is named, those name it too)
  if (towns.size === 1) {
    const only = [...towns.values()][0]!;
    only.n += [...text.matchAll(/(我|全|该|本)(镇|乡|街道)/g)].length;
  }
  const [top, second] = [...towns.values()].sort((a, b) => b.n - a.n);
  if (!top || top.n < 2 || (second && second.n >= top.n) || [...counties.values()].some((n) => n > top.n)) return undefined;
  return top.m;
}

/** Longest spans win; among equals, the earlier found. */
function pickNonOverlapping(spans: Span[]): Span[] {
  const sorted = spans.map((s, i) => ({ s, i })).sort((a, b) => b.s.end - b.s.start - (a.s.end - a.s.start) || a.i - b.i);
  const kept: Span[] = [];
  for (const { s } of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

// a kind of zone alone, with nothing of its own before it: what follows a county's name in 莒南开发区
const ZONE_KIND_ONLY = /^(经济技术开发区|经济开发区|开发区|高新技术产业开发区|高新区|工业园区|工业园|产业园区|产业集聚区)$/;

/** How often each province and city code is named unambiguously in the document. */
function documentContext(spans: Span[], text: string, gazetteer: Trie<GazetteerEntry>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (code: string, county: boolean) => {
    // (a county's own code too: of two 东城街道 in 菏泽, the one in the county the text names)
    for (const prefix of [code.slice(0, 2), code.slice(0, 4), ...(county ? [code.slice(0, 6)] : [])]) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  };
  const zoneCounties: string[] = [];
  for (const sp of spans) {
    // a place at the head of a company's, project's or zone's name (徐州云吉板业科技有限公司) names it too
    const head = sp.mention && !sp.mention.bare ? gazetteer.longestAt(text, sp.start, sp.end) : undefined;
    const units = sp.entry?.units ?? (head && head.end < sp.end ? head.value.units : undefined);
    if (units?.length !== 1) continue;
    if ((sp.entry ?? head!.value).short && units[0]!.type === "District") {
      // (a county's short form followed by nothing but a kind of zone, 莒南开发区, names the county where the page names
      // its province otherwise; one followed by a stem of its own, 珠山|数字产业园, or far from home, 宁江工业园 in
      // 睢宁, may be a brand)
      if (head && sp.mention?.type === "Zone" && ZONE_KIND_ONLY.test(text.slice(head.end, sp.end))) zoneCounties.push(units[0]!.code);
      continue;
    }
    add(units[0]!.code, units[0]!.type === "District");
  }
  for (const code of zoneCounties) if (counts.get(code.slice(0, 2))) add(code, true);
  return counts;
}

/** The division a page is about (its title, heading, byline or the place it names most); a byline's place the text names nowhere else is added to `mentions`. */
function documentHome(doc: SourceDocument, mentions: Mention[], kb: Knowledge, gazetteer: Trie<GazetteerEntry>, context: Map<string, number>, heading: Set<number>): DocumentHome | undefined {
  // the title, or the heading lines a page opens with ("(江苏省)徐州市泉山区人民政府工作报告")
  // heading lines are short lines of their own before the body; a news lead's first sentence
  // ("…推进会在省城南京召开") names where an event was, not what the page is about
  const inTitle = mentions.filter((m) => m.code && !m.via && ((m.start < 300 && doc.title.includes(doc.text.slice(m.start, m.end))) || heading.has(m.sentence)));
  const unitOf = (code: string) => kb.admin.byCode.get(code)!;
  // the city the text names most, counting its districts' names as naming it
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.via) continue;
    // a place at the head of another name names it too (连云港港, 宿迁经济技术开发区)
    const u = m.code ? unitOf(m.code) : m.type !== "Province" && m.type !== "Region" ? startsWithPlace(m.canonical ?? m.name, gazetteer, context) : undefined;
    if (!u || (u.type !== "City" && u.type !== "District")) continue;
    const code = u.type === "City" ? u.code : u.parent;
    if (code && unitOf(code)?.type === "City") counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  // a title naming a division the text names only inside other names ("商丘市人民政府工作报告")
  // (a province before it, 山东|莒南…, does not say which division the page is about)
  if (!inTitle.some((m) => m.type === "City" || m.type === "District") && doc.title) {
    const t = normalizeForMatching(doc.title);
    for (let i = 0; i < t.length; ) {
      const hit = gazetteer.longestAt(t, i);
      const u = hit?.value.units ? chooseUnit(hit.value.units, context) : undefined;
      // a county's short form inside another name (东湖医学创新港) names it only where its city is in the text
      const weak = !!u && hit!.value.short && u.type === "District" && hit!.end - i < 3 && !context.get(u.code.slice(0, 4));
      if (hit && u && !weak && (u.type === "City" || u.type === "District")) inTitle.push({ type: u.type, name: u.name, canonical: u.name, code: u.code, start: 0, end: 0, sentence: 0 });
      i = hit ? hit.end : i + 1;
    }
  }
  // a byline naming the local medium (作者:睢宁新闻网, 来源:淮北日报) says whose page it is
  if (!inTitle.some((m) => m.type === "City" || m.type === "District")) {
    const byline = /(来源|作者|稿源|供稿|出处)[:：]\s*([\u4e00-\u9fa5]{2,4}?)(新闻网|日报|晚报|电视台|广播电视台|融媒体中心|融媒|发布|网)/.exec(doc.norm.slice(0, 400));
    const name = byline?.[2];
    const e = name ? (gazetteer.get(name)?.units ? gazetteer.get(name) : gazetteer.get(`${name}县`) ?? gazetteer.get(`${name}市`)) : undefined;
    const u = e?.units?.length === 1 ? e.units[0] : undefined;
    if (u && (u.type === "City" || u.type === "District") && !u.zone) {
      // (the medium's place is a mention of the place, where the text names it nowhere else)
      const start = byline!.index + byline![0].length - byline![3]!.length - name!.length;
      const sentence = doc.sentences.find((x) => x.start <= start && start < x.end)?.index;
      const m: Mention = { type: u.type, name: doc.text.slice(start, start + name!.length), canonical: u.name, code: u.code, start, end: start + name!.length, sentence: sentence ?? 0 };
      if (sentence !== undefined && !mentions.some((x) => x.code === u.code && !x.via)) mentions.push(m);
      inTitle.push(m);
    }
  }
  // a district's or county's own report speaks of itself as 全区 / 我县: the one it names most is home
  if (!inTitle.some((m) => m.type === "District")) {
    const self = /(全|我|本|该)(区|县)/.exec(doc.norm)?.[2];
    const tally = new Map<string, number>();
    for (const m of mentions) if (m.type === "District" && m.code && !m.via && self && m.canonical?.endsWith(self)) tally.set(m.code, (tally.get(m.code) ?? 0) + 1);
    const top = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (top[0] && (top.length === 1 || top[0][1] > top[1]![1])) {
      const m = mentions.find((x) => x.code === top[0]![0])!;
      inTitle.push(m);
    } else {
      // a page that names one county far more than any other place (an interview with its head) is about it
      const districts = new Map<string, number>();
      let cities = 0;
      for (const m of mentions) {
        if (m.via || !m.code) continue;
        if (m.type === "District") districts.set(m.code, (districts.get(m.code) ?? 0) + 1);
        if (m.type === "City") cities++;
      }
      const total = [...districts.values()].reduce((a, b) => a + b, 0);
      const best = [...districts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      // (or the only place it names at all, named near its start: "金乡县成功争取省级重点项目14个…")
      // (as the subject a sentence opens with, not the place something happens in: …在丰县投资建设的…)
      const only = !!best && districts.size === 1 && cities === 0 && mentions.some((x) => x.code === best[0] && !x.via && x.start < 300 && doc.norm.slice(doc.sentences[x.sentence]!.start, x.start).trim() === "");
      if (best && best[1] > cities && ((best[1] >= 3 && best[1] >= 0.6 * total) || (best[1] >= 2 && districts.size === 1) || only)) inTitle.push(mentions.find((x) => x.code === best[0] && !x.via)!);
    }
  }
  // a news lead whose dateline names a city and whose first clause after it opens with one of that city's
  // counties ("本报济宁3月1日讯(记者…)今天上午,任城区…集中开工仪式举行") is about that county
  if (!inTitle.some((m) => m.type === "District")) {
    const lead = doc.sentences.find((x) => DATELINE.test(doc.norm.slice(x.start, x.end)));
    const dated = lead ? DATELINE.exec(doc.norm.slice(lead.start, lead.end)) : null;
    const at = lead && dated ? lead.start + dated.index + dated[0].length : -1;
    const first = lead ? mentions.find((m) => m.sentence === lead.index && m.start >= at && !m.via && m.code && (m.type === "District" || m.type === "City")) : undefined;
    const opens = first && /(^|[,,)）])\s*((今天|昨天|近日|日前)?(上午|下午|晚上)?)[,,]?$/.test(doc.norm.slice(Math.max(lead!.start, first.start - 12), first.start));
    const city = first?.type === "District" ? unitOf(first.code!).parent : undefined;
    const named = dated?.[1];
    if (first && opens && city && named && unitOf(city).name.startsWith(named)) inTitle.push(first);
  }
  // (the far end of a route in the title, "临沂至满洲里班列首发", is not what the page is about)
  const routeEnd = (m: Mention) => new RegExp(`[至到]${unitOf(m.code!).name.replace(/[市县区]$/, "")}`).test(doc.title);
  const district = inTitle.find((m) => m.type === "District" && !routeEnd(m));
  if (district) {
    const d = unitOf(district.code!);
    const c = d.parent ? unitOf(d.parent) : undefined;
    return { district: { name: d.name, code: d.code }, ...(c && c.type === "City" ? { city: { name: c.name, code: c.code } } : {}) };
  }
  const titleCity = inTitle.find((m) => m.type === "City");
  let cityCode = titleCity?.code;
  if (!cityCode) {
    let best = 0;
    let second = 0;
    for (const [code, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (n > best) [cityCode, best, second] = [code, n, best];
      else if (n > second) second = n;
    }
    // a clear leader: named at least three times and more often than any other city
    if (best < 3 || best <= second) cityCode = undefined;
  }
  if (!cityCode) return undefined;
  const c = unitOf(cityCode);
  return { city: { name: c.name, code: c.code } };
}

// a news dateline: 本报济宁3月1日讯, 新华社徐州5月2日电
const DATELINE = /(?:本报|本台|本网|记者)?([\u4e00-\u9fa5]{2,3})[0-9]{1,2}月[0-9]{1,2}日(?:讯|电)/;

/** Sentences that are heading lines: among the opening paragraphs, a short line that is a paragraph of its own and no finished sentence. */
function headingSentences(doc: SourceDocument): Set<number> {
  const out = new Set<number>();
  const perParagraph = new Map<number, number>();
  for (const s of doc.sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  for (const s of doc.sentences.slice(0, 4)) {
    const line = doc.norm.slice(s.start, s.end);
    if (perParagraph.get(s.paragraph) !== 1 || line.length > 60 || /[。!?;,]$/.test(line)) break;
    out.add(s.index);
  }
  return out;
}
