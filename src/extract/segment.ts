import { createRequire } from "node:module";
import type { Jieba as JiebaType } from "@node-rs/jieba";

const require = createRequire(import.meta.url);

/**
 * Chinese word segmentation (@node-rs/jieba with its bundled dictionary plus the names the extractor
 * knows), built once per run. Used for name boundaries: a dictionary name must start and end where
 * words do (和县 is not read in "市和县级"), and a pattern name starts at a word.
 */
export class Segmenter {
  private readonly jieba: JiebaType;
  /** the bundled dictionary's words with their part of speech (for telling place names from common words) */
  readonly lexicon: Map<string, { freq: number; tag: string }>;

  constructor(extraWords: Iterable<string> = []) {
    const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict.js") as { dict: Uint8Array };
    this.jieba = Jieba.withDict(dict);
    this.lexicon = readLexicon(Buffer.from(dict).toString("utf8"));
    this.verbPhrases = adverbVerbPhrases(this.lexicon);
    this.addWords(extraWords);
  }

  /** phrases of an adverb and a verb that the dictionary tags as nouns (充分发挥, 充分利用): read as verbs */
  private readonly verbPhrases: Set<string>;

  /** Adds names to the segmenter's dictionary, so that it keeps them whole. */
  addWords(words: Iterable<string>): void {
    const extra = [...new Set(words)].filter((w) => w.length >= 3 && !this.lexicon.has(w));
    if (extra.length) this.jieba.loadDict(Buffer.from(extra.map((w) => `${w} 1000 nz`).join("\n"), "utf8"));
  }

  /**
   * Word start/end offsets of `text[from, to)`, as absolute offsets. From the same segmentation as
   * `words` (jieba's tag cuts as its cut does), so a sentence asked for both is segmented once.
   */
  boundaries(text: string, from: number, to: number): Set<number> {
    const out = new Set<number>([from, to]);
    for (const w of this.words(text, from, to)) out.add(w.end);
    return out;
  }

  // the last sentence segmented: the extractor asks for its boundaries, then for its words
  private last?: { text: string; from: number; to: number; words: Word[] };
  // jieba's tags of the texts segmented lately, by text: a report repeats its set phrases, and the
  // patterns segment the same short items (a list's items, a name's stem) again and again. Cleared
  // when full, so it holds at most TAGGED_MAX texts; jieba's answer for a text never changes.
  private readonly tagged = new Map<string, readonly { word: string; tag: string }[]>();

  /** The words of `text[from, to)` with absolute offsets and their part of speech in context (jieba's tag set); read-only. */
  words(text: string, from: number, to: number): Word[] {
    const last = this.last;
    if (last && last.from === from && last.to === to && last.text === text) return last.words;
    const piece = text.slice(from, to);
    let tags = this.tagged.get(piece);
    if (!tags) {
      tags = this.jieba.tag(piece, true);
      if (this.tagged.size >= TAGGED_MAX) this.tagged.clear();
      this.tagged.set(piece, tags);
    }
    const out: Word[] = [];
    let at = from;
    for (const { word, tag } of tags) {
      out.push({ word, tag: this.verbPhrases.has(word) ? "v" : FIELD_WORDS.has(word) ? "n" : tag, start: at, end: at + word.length });
      at += word.length;
    }
    this.last = { text, from, to, words: out };
    return out;
  }
}

const TAGGED_MAX = 4096;

// words jieba's dictionary tags as adverbs that in this field are the nouns names are made of:
// 高新 (high and new technology: 宿湘高新产业园, 翔盛高新材料项目, 苏科高新产业集团)
const FIELD_WORDS = new Set(["高新"]);

/**
 * The dictionary's four-character entries made of an adverb and a verb (充分|发挥, 充分|利用) that it
 * tags as something else: what they do in a sentence is the verb's, and a name never holds one.
 */
function adverbVerbPhrases(lexicon: Map<string, { freq: number; tag: string }>): Set<string> {
  const out = new Set<string>();
  for (const [word, { tag }] of lexicon) {
    if (word.length !== 4 || /^v/.test(tag)) continue;
    const a = lexicon.get(word.slice(0, 2))?.tag;
    const b = lexicon.get(word.slice(2))?.tag;
    if ((a === "d" || a === "ad") && b === "v") out.add(word);
  }
  return out;
}

/**
 * jieba's dictionary, one "word freq tag" a line, as a map (what `line.trim().split(" ")` reads,
 * without making an array for each of its 350,000 lines).
 */
function readLexicon(dict: string): Map<string, { freq: number; tag: string }> {
  const lexicon = new Map<string, { freq: number; tag: string }>();
  for (let a = 0; a < dict.length; ) {
    let b = dict.indexOf("\n", a);
    if (b < 0) b = dict.length;
    const line = dict.slice(a, b).trim();
    a = b + 1;
    const s1 = line.indexOf(" ");
    const word = s1 < 0 ? line : line.slice(0, s1);
    if (!word) continue;
    let freq: string | undefined;
    let tag = "";
    if (s1 >= 0) {
      const s2 = line.indexOf(" ", s1 + 1);
      freq = s2 < 0 ? line.slice(s1 + 1) : line.slice(s1 + 1, s2);
      if (s2 >= 0) {
        const s3 = line.indexOf(" ", s2 + 1);
        tag = s3 < 0 ? line.slice(s2 + 1) : line.slice(s2 + 1, s3);
      }
    }
    lexicon.set(word, { freq: Number(freq), tag });
  }
  return lexicon;
}

/** For one sentence's words: the index of the word covering each offset (what the patterns ask at every step). */
export class WordIndex {
  private readonly at: Int32Array;

  constructor(
    words: readonly Word[],
    private readonly from: number,
  ) {
    // (the words cover the sentence exactly; the last word's end bounds it in any case)
    // each offset holds its word's index + 1, so that 0, the array's initial value, is no word
    this.at = new Int32Array(Math.max(0, (words[words.length - 1]?.end ?? from) - from));
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      for (let k = w.start - from; k < w.end - from; k++) this.at[k] = i + 1;
    }
  }

  get(offset: number): number | undefined {
    const i = offset - this.from;
    if (!(i >= 0 && i < this.at.length)) return undefined;
    const k = this.at[i]!;
    return k === 0 ? undefined : k - 1;
  }
}

export interface Word {
  word: string;
  /** jieba part of speech: v verb, p preposition, c conjunction, m numeral, ns place, nz other proper noun … */
  tag: string;
  start: number;
  end: number;
}

/**
 * Function words never stand inside a name: prepositions (在, 由), conjunctions (其后, 并), pronouns,
 * adverbs, particles (的), interjections and headline symbols (丨). Time words are not among them:
 * jieba tags 现代 and 三期 as time. jieba tags words it does not know `x` (卓曜, 顺堤), so `x` says
 * nothing here.
 */
const FUNCTION_WORD = /^(p|c|r|rr|rz|d|df|dg|u|uj|ul|uz|ug|uv|ud|y|e|o|zg|w)$/;
const VERB = /^(v|vd|vg|vi)$/;
// ordinal list markers: 一是, 二是, 其三是
const ORDINAL = /^其?[一二三四五六七八九十]+是$/;
// time words that point from the moment of writing (目前, 今年, 近年来) date a statement, never a name;
// other time words can (jieba tags 现代 and 三期 as time)
export const WORKS = /^(改造|扩建|扩能|提升|升级|改建|整治|修复|提质|扩容|技改|新建|续建)$/;
const LINKING = /^(作为|成为|属于|位于|地处|迁入|迁至|进驻|入驻|落户|搬迁至|有|是)$/;
const DATE = /^([12][0-9]{3}年(度|底|初)?|[0-9]{1,2}月)$/;
const DEICTIC_TIME = /^(目前|当前|现在|如今|今年|去年|明年|前年|今后|近年|近年来|近期|日前|此前|之前|目前已|届时|随后|同时)$/;

/**
 * Whether word `k` stands outside a name that ends after it: a function word, or a verb that starts a
 * predicate (包括A, 启用B, 一是C, 夏友峰代表D). A verb inside a name follows a noun it governs
 * (知识产权保护中心, 创新创业联盟), so a verb after a plain noun is kept.
 */
export function outsideName(words: Word[], k: number, placeSubject = true): boolean {
  const w = words[k]!;
  if (FUNCTION_WORD.test(w.tag) && !/^[A-Za-z0-9]/.test(w.word)) return true;
  if (ORDINAL.test(w.word) || DEICTIC_TIME.test(w.word)) return true;
  const prev = words[k - 1];
  // a date (2025年, 3月) dates a statement and is never part of the name after it
  if (DATE.test(w.word) || (/^(年|年度|月)$/.test(w.word) && prev !== undefined && /^([12][0-9]{3}|[0-9]{1,2})$/.test(prev.word))) return true;
  // the word opens a clause: nothing, punctuation or a function word before it
  const opens = !prev || !/^[\u4e00-\u9fa5A-Za-z0-9]/.test(prev.word) || FUNCTION_WORD.test(prev.tag);
  // a nominal verb (调研, 助推) opening a clause is its predicate too
  if (w.tag === "vn" && opens) return true;
  if (!VERB.test(w.tag)) return false;
  // after a distinguishing word (国家级|创新药, 高端|制造) a verb modifies the noun that follows: it is inside
  if (prev?.tag === "b" && !/[于为是有]$/.test(w.word)) return false;
  // after an adverbial adjective it is a predicate (详细|听取, 全面|推进)
  if (prev?.tag === "ad") return true;
  // so is a verb inside a project's capacity: after 年 (年|处理|5万吨…, 年|加工…) or after the measure it
  // qualifies (5万吨|废旧|锂电池)
  // (not after a date's 年: 2023年|认定…)
  if (prev !== undefined && ((prev.word === "年" && !/^[0-9一二三四五六七八九十〇]+$/.test(words[k - 2]?.word ?? "")) || /^[0-9.]*(万|亿)?(吨|台|套|件|辆|头|只|千瓦|兆瓦|平方米|GW|MW|GWh)$/.test(prev.word)) && w.word.length === 2) return false;
  // two verbs of building work in a row name the work (坪岚铁路|扩能|改造|工程, …升级改造项目): inside
  if (!opens && WORKS.test(w.word) && WORKS.test(prev!.word)) return false;
  // after an ordinal marker the verb opens the item (一是启用…)
  if (opens || ORDINAL.test(prev!.word)) return true;
  // a copula or a verb of moving in joins a subject to what it is or where it goes, never two parts of a
  // name (新材料产业园|作为|高新区…, 整体|迁入|新材料产业园)
  if (LINKING.test(w.word)) return true;
  // a verb whose object is a place moves or sets something there (设在市湖滨新区, 乔迁徐州…)
  if (words[k + 1]?.tag === "ns" || (/^[市县区省]$/.test(words[k + 1]?.word ?? "") && words[k + 2]?.tag === "ns")) return true;
  // a verb before a number or a date states something (公布2024年度…)
  if (words[k + 1]?.tag === "m") return true;
  // and one whose object is a proper name the dictionary does not know (引导|赛科孵化器, 服务|汉睿…)
  const next = words[k + 1];
  if (next && next.tag === "x" && /^[\u4e00-\u9fa5]{2,}$/.test(next.word) && words[k + 2]) return true;
  // after a verb, a person, a number or a time the verb is a predicate, and after a place too
  // (淮北市召开…) except in a lab's name, which is a place and a field (山东省代谢疾病重点实验室)
  return VERB.test(prev!.tag) || /^(m|nr|nrfg|t|tg)$/.test(prev!.tag) || (placeSubject && prev!.tag === "ns");
}
