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
    this.lexicon = new Map();
    for (const line of Buffer.from(dict).toString("utf8").split("\n")) {
      const [word, freq, tag] = line.trim().split(" ");
      if (word) this.lexicon.set(word, { freq: Number(freq), tag: tag ?? "" });
    }
    this.addWords(extraWords);
  }

  /** Adds names to the segmenter's dictionary, so that it keeps them whole. */
  addWords(words: Iterable<string>): void {
    const extra = [...new Set(words)].filter((w) => w.length >= 3 && !this.lexicon.has(w));
    if (extra.length) this.jieba.loadDict(Buffer.from(extra.map((w) => `${w} 1000 nz`).join("\n"), "utf8"));
  }

  /** Word start/end offsets of `text[from, to)`, as absolute offsets. */
  boundaries(text: string, from: number, to: number): Set<number> {
    const out = new Set<number>([from, to]);
    let at = from;
    for (const w of this.jieba.cut(text.slice(from, to), true)) {
      at += w.length;
      out.add(at);
    }
    return out;
  }

  /** The words of `text[from, to)` with absolute offsets. */
  words(text: string, from: number, to: number): { word: string; start: number; end: number }[] {
    const out: { word: string; start: number; end: number }[] = [];
    let at = from;
    for (const w of this.jieba.cut(text.slice(from, to), true)) {
      out.push({ word: w, start: at, end: at + w.length });
      at += w.length;
    }
    return out;
  }
}
