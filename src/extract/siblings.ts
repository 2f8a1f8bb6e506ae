import type { NodeType } from "../ontology/index.ts";
import { COUNTRY } from "./patterns.ts";
import type { Word } from "./segment.ts";

/** A name already read in the sentence, by its kind. */
export interface TypedSpan {
  start: number;
  end: number;
  type: NodeType;
}

export interface SiblingTests {
  /** the sentence's words (asked only for a list worth reading) */
  words(from: number, to: number): Word[];
  /** whether a text reads as a proper name: no common word, place or generic phrase */
  plainName(s: string): boolean;
  /** the length of a brand and trade a text opens with (富士特铝业|均建立), 0 where it opens with none */
  tradePrefix(s: string): number;
  /** whether a short text could be a brand: no place, generic word, lead-in or title */
  brandLike(s: string): boolean;
}

// 等, then what the items are: 等13家企业, 等优质企业, 等国际知名车企, 等物流地产大咖
const FIRMS_CLOSE = /等[^、等]{0,10}?(企业|公司|集团|车企|药企|厂商|厂家|大咖)/;
// the verbs that introduce a list of firms (入驻A、B, 先后集聚了A、B)
const INTRODUCES = /(集聚|聚集|汇聚|入驻|进驻|引进|引入|吸引|培育|拥有|包括|落户)了?/;
export const CLAUSE_END = /[,。;:!?，；：！？()（）\s]/;
// (a word that opens or closes a list item is no part of the name: 支持|太阳纸业, 山东时代|冲刺)
const OUTSIDE = /^(v|vd|vi|vn|p|c|d|r|u|uj|ul|uz|ug|m|f|q)$/;

/**
 * Names of firms listed beside other firms: in "A、B、C…" the items are of one kind, so where most of
 * the items the sentence reads are organisations, an item the dictionary and the endings miss (铁雄新沙,
 * 华伟重特, 山东时代) is one too, if it reads as a proper name.
 */
export function firmSiblings(text: string, from: number, to: number, spans: readonly TypedSpan[], tests: SiblingTests): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let c = from;
  while (c < to) {
    let e = c;
    while (e < to && !CLAUSE_END.test(text[e]!)) e++;
    // (a list closed by 等 and a kind, 等在建项目, says what its items are itself)
    // (nor does "集A、B、C于一体", which lists what one firm does)
    // (a list ends at a 的: what follows it is another list, 以A、B为龙头的|洗毛、碳化、梳绒)
    for (let s = c; s < e; ) {
      let t = text.indexOf("的", s);
      if (t < 0 || t > e) t = e;
      if (text.slice(s, t).includes("、") && !/等[^、]*项目/.test(text.slice(s, t)) && !/集[^、]*、.*[于为]一体/.test(text.slice(c, e))) out.push(...inClause(text, s, t, spans, tests));
      s = t + 1;
    }
    c = e + 1;
  }
  return out;
}

function inClause(text: string, from: number, to: number, spans: readonly TypedSpan[], tests: SiblingTests): { start: number; end: number }[] {
  const items: [number, number][] = [];
  let a = from;
  for (let k = from; k <= to; k++) {
    if (k === to || text[k] === "、") {
      items.push([a, k]);
      a = k + 1;
    }
  }
  const inside = spans.filter((s) => s.start >= from && s.end <= to);
  let firms = 0;
  let others = 0;
  const open: number[] = [];
  // (the last item ends at its 等: what follows says what the items are, and where they went)
  const tail = items[items.length - 1]!;
  const etc = text.indexOf("等", tail[0]);
  if (etc > tail[0] && etc < tail[1]) tail[1] = etc;
  // (and the first starts right after a verb that introduces firms, however the words were cut:
  // Z先后集聚|通得电气, not 集聚通|得电气)
  const head = items[0]!;
  const lead = INTRODUCES.exec(text.slice(head[0], head[1]));
  if (lead) head[0] += lead.index + lead[0].length;
  items.forEach(([a, b], n) => {
    // an item is read when a name ends at its end (the first) or starts at its start (the last), or fills it
    const first = n === 0;
    const last = n === items.length - 1;
    const read = inside.find((s) => (first || s.start === a) && (last || s.end === b) && s.start >= a && s.end <= b);
    if (read) {
      if (read.type === "Organization") firms++;
      else if (!/^(Province|City|District|Town)$/.test(read.type)) others++;
    } else if (!inside.some((s) => s.start < b && a < s.end)) open.push(n);
  });
  // (a list closed by 等 and a kind of firm says what its items are itself: 入驻A、B、C等13家企业)
  const closedByFirms = FIRMS_CLOSE.test(text.slice(tail[1], to));
  if (open.length === 0 || !((firms >= 2 && firms > others) || (closedByFirms && others === 0))) return [];
  const words = tests.words(from, to);
  const out: { start: number; end: number }[] = [];
  for (const n of open) {
    let [a, b] = items[n]!;
    const ws = words.filter((w) => w.start >= a && w.end <= b);
    if (ws.length === 0) continue;
    // the first item starts after the verb that introduces the list
    if (n === 0 && !lead) {
      let k = ws.length - 1;
      while (k >= 0 && !OUTSIDE.test(ws[k]!.tag)) k--;
      if (k >= 0) a = ws[k]!.end;
    }
    // the last one ends at 等 or at the predicate after it
    // (or after its brand and trade, where jieba cut the name before the predicate: 富士|特/d|铝业|均)
    if (n === items.length - 1) {
      const k = ws.findIndex((w) => w.start > a && (w.word === "等" || OUTSIDE.test(w.tag)));
      const traded = tests.tradePrefix(text.slice(a, b));
      if (k >= 0) b = Math.max(ws[k]!.start, traded ? a + traded : 0);
    }
    // (a foreign firm is named without the country in front of it: 德国|施密茨)
    const country = ws.find((w) => w.start === a && COUNTRY.test(w.word));
    if (country && b - country.end >= 2) a = country.end;
    const name = text.slice(a, b);
    // (a village or a community beside firms is a place visited: 玉皇新村)
    // (among firms the list names by their brands, a brand may be a word the dictionary knows, 安踏/v, 美的)
    if (name.length >= 2 && name.length <= 10 && !/(村|社区)$/.test(name) && (tests.plainName(name) || (firms >= 2 && tests.brandLike(name)))) out.push({ start: a, end: b });
  }
  return out;
}
