import type { Sentence } from "./types.ts";

// code units, compared as numbers: splitting runs over every character of the corpus
const SENTENCE_END = new Set([..."。！？!?；;"].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([..."”’」』)）\""].map((c) => c.charCodeAt(0)));

/**
 * Longest sentence, in UTF-16 units. The bundled corpus's longest is about 350; a line with no
 * sentence mark (a table flattened to text, a hostile file) would otherwise be one sentence of
 * megabytes that every evidence item quotes whole and every pattern scans again.
 */
export const MAX_SENTENCE = 1000;
// a capped sentence ends after the last clause mark in its second half, else at the cap
const CLAUSE_END = new Set([..."，、,：:）)】」』》\u3000 \t"].map((c) => c.charCodeAt(0)));

/**
 * Splits text into paragraphs (line breaks) and sentences (。！？； and their closing quotes),
 * with offsets into the text. Whitespace at either end of a sentence is left out of it. A
 * sentence longer than MAX_SENTENCE is cut into pieces of at most that length.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (hasText(text, lineStart, lineEnd)) {
      paragraph++;
      let s = lineStart;
      for (let i = lineStart; i < lineEnd; i++) {
        if (!SENTENCE_END.has(text.charCodeAt(i))) continue;
        let e = i + 1;
        while (e < lineEnd && CLOSERS.has(text.charCodeAt(e))) e++;
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
  while (end - start > MAX_SENTENCE) {
    const cut = capAt(text, start);
    pushOne(out, text, start, cut, paragraph);
    start = cut;
  }
  pushOne(out, text, start, end, paragraph);
}

function capAt(text: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  for (let i = limit; i > start + MAX_SENTENCE / 2; i--) if (CLAUSE_END.has(text.charCodeAt(i - 1))) return i;
  // never between the halves of a surrogate pair
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function pushOne(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ index: out.length, paragraph, start, end });
}

function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** The characters /\s/ matches (JavaScript white space and line terminators, U+3000 included). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
