import type { Knowledge, AdminUnit } from "../knowledge/index.ts";
import type { NodeType } from "../ontology/index.ts";
import { Trie } from "./trie.ts";

export interface GazetteerEntry {
  type: NodeType;
  canonical: string;
  /** for administrative names: every division the name can denote; context picks one */
  units?: AdminUnit[];
  /** a short form (徐州, 泉山) or another name (彭城) rather than the full official name */
  short?: boolean;
  /** cluster-member names count only in documents that name one of these systems */
  systems?: string[];
  /** a generic word (自贸试验区) that names a zone only in a document about one of these cities: city → the zone */
  homeCities?: Map<string, string>;
}

// Endings a short form drops: 徐州市 → 徐州, 江苏省 → 江苏, 泉山区 → 泉山, 睢宁县 → 睢宁.
const SHORTENABLE = /^(.{2,})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|地区|盟|区|县|自治州|自治县)$/;
const ETHNIC = /(蒙古族|回族|藏族|维吾尔|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克|怒族|鄂温克族|保安族|裕固族|京族|独龙族|鄂伦春|赫哲族|门巴族|珞巴族|基诺族|各族)+(自治州|自治县|自治旗)?$/;

/** Common words that are also the name of a division (城区): not read as a place. */
export type Lexicon = Map<string, { freq: number; tag: string }>;
const isCommonWord = (lex: Lexicon, w: string) => {
  const e = lex.get(w);
  // proper nouns (ns, nr, nrt, nt, nz) are not common words, nor are rare ones: jieba's dictionary
  // lists many county names as plain nouns with a handful of uses (巨野 21, 金乡 19, 句容 21)
  return !!e && !/^n[a-z]+/.test(e.tag) && e.freq >= 50;
};

/** The dictionary of names known before reading: the register, historical names, curated regions and clusters. */
export function buildGazetteer(kb: Knowledge, lexicon: Lexicon): Trie<GazetteerEntry> {
  const trie = new Trie<GazetteerEntry>();
  const names = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: GazetteerEntry) => {
    const cur = names.get(name);
    if (!cur) names.set(name, entry);
    // a full name wins over someone else's short form
    else if (cur.short && !entry.short) names.set(name, entry);
  };
  const adminByName = kb.admin.byName;
  for (const [name, units] of adminByName) {
    const divisions = units.filter((u) => !u.zone);
    // a two-character division name that is a common word (城区, 矿区) is not read as a place
    if (divisions.length && !(divisions[0]!.type === "District" && name.length <= 2 && isCommonWord(lexicon, name))) {
      add(name, { type: divisions[0]!.type, canonical: name, units: divisions });
    }
    const zones = units.filter((u) => u.zone);
    if (zones.length && !divisions.length) add(name, { type: "Zone", canonical: name });
  }
  // short forms, where they are not themselves a full name and denote one division only
  const shortCount = new Map<string, AdminUnit[]>();
  for (const u of kb.admin.byCode.values()) {
    if (u.zone || u.type === "Town") continue;
    let short: string | undefined;
    if (/(自治区)$/.test(u.name) && u.type === "Province") short = u.name.replace(/(壮族|回族|维吾尔)?自治区$/, "");
    else if (/(自治州|自治县|自治旗)$/.test(u.name)) short = u.name.replace(ETHNIC, "");
    else short = SHORTENABLE.exec(u.name)?.[1];
    if (!short || short.length < 2 || short === u.name) continue;
    const list = shortCount.get(short) ?? [];
    list.push(u);
    shortCount.set(short, list);
  }
  const unread = new Set(kb.unreadShortForms.map((u) => u.name));
  for (const [short, units] of shortCount) {
    if (adminByName.has(short) || unread.has(short)) continue;
    // a prefecture's short form beats a county's (宿州 the city, not a county); counties must be unique
    const top = units.filter((u) => u.type !== "District");
    const chosen = top.length === 1 ? top : units.length === 1 ? units : [];
    if (!chosen.length) continue;
    if (chosen[0]!.type === "District" && isCommonWord(lexicon, short)) continue;
    add(short, { type: chosen[0]!.type, canonical: chosen[0]!.name, units: chosen, short: true });
  }
  for (const h of kb.historicalNames) {
    const units = adminByName.get(h.canonical)?.filter((u) => !u.zone);
    if (units?.length) add(h.name, { type: units[0]!.type, canonical: h.canonical, units, short: true });
  }
  for (const r of kb.regions) {
    add(r.name, { type: "Region", canonical: r.name });
    for (const a of r.aliases) add(a, { type: "Region", canonical: r.name, short: true });
  }
  // lines known by another name (鲁南高铁 is the 日兰高铁)
  for (const l of kb.lines.lines) {
    if (!l.aliases?.length) continue;
    add(l.name, { type: "Infrastructure", canonical: l.name });
    for (const a of l.aliases) add(a, { type: "Infrastructure", canonical: l.name, short: true });
  }
  for (const o of kb.organizations) {
    add(o.name, { type: "Organization", canonical: o.name });
    for (const a of o.aliases) add(a, { type: "Organization", canonical: o.name, short: true });
  }
  const homeWords = new Map<string, { type: NodeType; cities: Map<string, string> }>();
  for (const z of kb.zones) {
    add(z.name, { type: z.type, canonical: z.name });
    for (const a of z.aliases) add(a, { type: z.type, canonical: z.name, short: true });
    for (const a of z.homeAliases ?? []) {
      const w = homeWords.get(a) ?? { type: z.type, cities: new Map<string, string>() };
      w.cities.set(z.city, z.name);
      homeWords.set(a, w);
    }
  }
  for (const [word, { type, cities }] of homeWords) add(word, { type, canonical: word, short: true, homeCities: cities });
  for (const s of kb.clusters) {
    add(s.name, { type: "IndustryCluster", canonical: s.name });
    for (const a of s.aliases) add(a, { type: "IndustryCluster", canonical: s.name });
  }
  const memberSystems = new Map<string, { canonical: string; systems: string[] }>();
  for (const s of kb.clusters) {
    for (const m of s.members) {
      for (const n of [m.name, ...m.aliases]) {
        const cur = memberSystems.get(n) ?? { canonical: m.name, systems: [] };
        cur.systems.push(s.name);
        memberSystems.set(n, cur);
      }
    }
  }
  for (const [n, { canonical, systems }] of memberSystems) {
    // the fullest form (…产业集群) is a name anywhere; short forms only where a system is named
    add(n, { type: "IndustryCluster", canonical, ...(n === canonical && /集群$/.test(n) ? {} : { systems }) });
  }
  for (const [name, entry] of names) trie.set(name, entry);
  return trie;
}
