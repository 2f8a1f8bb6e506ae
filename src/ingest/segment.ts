import type { Sentence } from "./types.ts";

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "；", ";"]);
const CLOSERS = new Set(["”", "’", "」", "』", ")", "）", "\""]);

/**
 * Splits text into paragraphs (line breaks) and sentences (。！？； and their closing quotes),
 * with offsets into the text. Whitespace at either end of a sentence is left out of it.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim()) {
      paragraph++;
      let s = lineStart;
      for (let i = lineStart; i < lineEnd; i++) {
        if (!SENTENCE_END.has(text[i]!)) continue;
        let e = i + 1;
        while (e < lineEnd && CLOSERS.has(text[e]!)) e++;
        push(out, text, s, e, paragraph);
        s = e;
        i = e - 1;
      }
      push(out, text, s, lineEnd, paragraph);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, paragraph, start, end });
}
