import { COUNTRY } from "../patterns.ts";
import type { SourceDocument } from "../../ingest/index.ts";
import type { AdminUnit, Knowledge } from "../../knowledge/index.ts";
import { relationEnds, type NodeType } from "../../ontology/index.ts";
import type { GazetteerEntry } from "../gazetteer.ts";
import type { Trie } from "../trie.ts";
import type { DocumentHome, Mention, RelationMention } from "../types.ts";

// the kinds each rule family relates, as the ontology's table of relations has them
export const PLACES: ReadonlySet<NodeType> = relationEnds("LOCATED_IN").to;
export const LOCATABLE: ReadonlySet<NodeType> = relationEnds("LOCATED_IN").from;
export const HOSTABLE: ReadonlySet<NodeType> = relationEnds("HOSTED_BY").from;
export const PARTNER: ReadonlySet<NodeType> = relationEnds("COOPERATES_WITH").from;
/** A verb of setting something up: what 依托 X leads to (依托X成立/建设/共建…Y). */
export const BUILD = /(成立|组建|建设|共建|建成|设立|打造|建立)/;
// what follows a party after 与 when it signs or works with the subject (与华宝投资股份公司|签订…)
export const SIGNS_AFTER = /^(等)?[^,。;]{0,12}?(签订|签约|签署|合作)/;
/** Infrastructure that is a point (port, station, airport): located in a place, not joining places */
export const POINT = /(机场|码头|作业区|港|港区|站|枢纽|货场|船闸)$/;

export interface RelationContext {
  home?: DocumentHome;
  gazetteer: Trie<GazetteerEntry>;
  context: Map<string, number>;
  kb: Knowledge;
}

/** A mention with its index in the document's mention list. */
export interface Item {
  m: Mention;
  i: number;
}

/** What every rule family reads: the document, its mentions in text order, grouped by sentence. */
export interface RuleInput {
  doc: SourceDocument;
  text: string;
  mentions: Mention[];
  order: Item[];
  sentences: Item[][];
  rc: RelationContext;
}

export function ruleInput(doc: SourceDocument, mentions: Mention[], rc: RelationContext): RuleInput {
  const order = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !m.via).sort((a, b) => a.m.start - b.m.start);
  const bySentence = new Map<number, Item[]>();
  for (const x of order) {
    const list = bySentence.get(x.m.sentence) ?? [];
    list.push(x);
    bySentence.set(x.m.sentence, list);
  }
  return { doc, text: doc.norm, mentions, order, sentences: [...bySentence.values()], rc };
}

/** Collects one rule family's findings; a relation from a mention to itself is never stated. */
export function collector(mentions: Mention[]): { out: RelationMention[]; rel: (type: RelationMention["type"], head: number, tail: number) => void } {
  const out: RelationMention[] = [];
  return {
    out,
    rel: (type, head, tail) => {
      if (head !== tail) out.push({ type, head, tail, sentence: mentions[head]!.sentence });
    },
  };
}

/** The first mention of the home division named in the text (not one read from a name). */
export function homeMention(mentions: Mention[], code: string | undefined): number | undefined {
  if (!code) return undefined;
  const i = mentions.findIndex((m) => m.code === code && !m.via);
  return i >= 0 ? i : undefined;
}

/**
 * The mention of `unit` a relation should point to: its first mention in the text, or else one added at
 * the span of the mention `at` whose name it was read from (宿迁港中心港区 → 宿迁市).
 */
export function placeMention(mentions: Mention[], unit: AdminUnit, at: Mention): number {
  const t = mentions.findIndex((x) => x.code === unit.code && !x.via);
  if (t >= 0) return t;
  mentions.push({ type: unit.type, name: unit.name, canonical: unit.name, code: unit.code, start: at.start, end: at.end, sentence: at.sentence, via: "line" });
  return mentions.length - 1;
}

/** Where the clause holding offset `pos` starts: just after the last of `marks` in `text[from, pos)`, else `from`. */
export function clauseStart(text: string, from: number, pos: number, marks: string): number {
  for (let k = pos - 1; k >= from; k--) if (marks.includes(text[k]!)) return k + 1;
  return from;
}

/** Where the clause that holds `pos` ends: at the first of `marks` from it, or at `to`. */
export function clauseEnd(text: string, pos: number, to: number, marks: string): number {
  for (let k = pos; k < to; k++) if (marks.includes(text[k]!)) return k;
  return to;
}

/**
 * Whether a name says its owner is elsewhere, so that a page's or a paragraph's place does not hold it: a
 * university (a campus is no page's enterprise), a name that opens with a division of another
 * province (浙江嘉盾工具有限公司 on a 虞城 page), a firm the text writes with its country in front
 * (德国施密茨, 日本小松), an investor (…投资有限公司, …控股集团), or a province's or a country's own
 * body (山东省中医院, 德国汽车工业协会).
 */
export function elsewhere(m: Mention, place: Mention, rc: RuleInput["rc"], text: string): boolean {
  const name = m.canonical ?? m.name;
  if (m.type === "Organization" && /(大学|学院)$/.test(name)) return true;
  if (m.type === "Organization" && COUNTRY_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return true;
  // (a fund, an investor or a holding builds or pays for a place's parks; it is not one of their firms)
  if (m.type === "Organization" && INVESTOR.test(name)) return true;
  // (nor is a province's or a country's own body, 山东省中医院, 德国汽车工业协会, unless a registered company;
  // a platform a province designates, …省…检验中心, …省…研究院, stands where its host is)
  if (m.type === "Organization" && !REGISTERED.test(name) && ((PROVINCIAL.test(name) && !PLATFORM.test(name)) || COUNTRY_FRONT.test(name))) return true;
  // (a firm of Hong Kong, Macao or Taiwan is not the place's: 香港斯茵集团 owns a firm there)
  if (m.type === "Organization" && /^(中国)?(香港|澳门|台湾)/.test(name)) return true;
  const units = rc.gazetteer.longestAt(name, 0)?.value.units;
  const province = place.code?.slice(0, 2);
  return !!units && !!province && !units.some((u) => u.code.startsWith(province));
}

const REGISTERED = /(有限公司|有限责任公司|股份公司)$/;
const PROVINCIAL = /^(江苏|山东|安徽|河南|浙江|上海|北京|广东)省?/;
const PLATFORM = /(中心|研究院|研究所|实验室|共同体)$/;
const INVESTOR = /(投资|控股|基金|股权|资本|建投|城投|财金|担保)/;
// a country right before a name (德国|施密茨), or opening it (德国汽车工业协会)
export const COUNTRY_BEFORE = new RegExp(`${COUNTRY.source.slice(1, -1)}$`);
const COUNTRY_FRONT = new RegExp(`^${COUNTRY.source.slice(1, -1)}`);

/** Two parties joined by a dash before their joint institute: 徐工机械—宝山钢铁股份有限公司|联合实验室. */
export const JOINT = /^([\u4e00-\u9fa5]{2,20}?)[—-]([\u4e00-\u9fa5]{2,20}?(?:股份有限公司|有限公司|公司|集团|大学|学院))(联合实验室|联合研究中心|联合创新中心|联合研究院)$/;

/** The two parties of a joint institute's name (JOINT) among the mentions, where both were read. */
export function jointParties(m: Mention, mentions: readonly Mention[]): [number, number] | undefined {
  const joint = JOINT.exec(m.name);
  if (!joint) return undefined;
  const second = m.start + joint[1]!.length + 1;
  const a = mentions.findIndex((x) => x.type === "Organization" && x.start === m.start && x.end === m.start + joint[1]!.length);
  const b = mentions.findIndex((x) => x.type === "Organization" && x.start === second && x.end === second + joint[2]!.length);
  return a >= 0 && b >= 0 ? [a, b] : undefined;
}
