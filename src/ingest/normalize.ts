import * as OpenCC from "opencc-js";

// Character-level conversion keeps every offset valid: a character whose simplified or
// half-width form is not the same number of UTF-16 units is left as it is. Characters outside
// the BMP (CJK extension B names, emoji) are converted as whole surrogate pairs, never half.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
// BMP results by code unit (0 = not computed yet): a typed-array lookup instead of a Map keeps
// normalisation from being the slowest part of ingest
const bmp = new Uint16Array(0x10000);
const astral = new Map<string, string>();

function normUnit(c: number): number {
  let out = bmp[c]!;
  if (out === 0) {
    out = normChar(String.fromCharCode(c)).charCodeAt(0);
    bmp[c] = out;
  }
  return out;
}

function normAstral(pair: string): string {
  let out = astral.get(pair);
  if (out === undefined) {
    out = normChar(pair);
    astral.set(pair, out);
  }
  return out;
}

function normChar(ch: string): string {
  let out = ch;
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0); // full-width ASCII
  else if (code === 0x3000) out = " ";
  else if (code >= 0x3400) {
    const s = toSimplified(ch);
    if (s.length === ch.length) out = s;
  }
  return out;
}

/** Simplified, half-width form of `text`, the same length, unit for unit. */
export function normalizeForMatching(text: string): string {
  const parts: string[] = [];
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII and the Latin/Greek/Cyrillic blocks never change: copied in runs, not per character
    if (c < 0x3000) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1));
      if (!pair) continue; // a lone surrogate stays as it is
      const ch = text.slice(i, i + 2);
      const out = normAstral(ch);
      if (out !== ch) {
        parts.push(text.slice(plainFrom, i), out);
        plainFrom = i + 2;
      }
      i++;
      continue;
    }
    const out = normUnit(c);
    if (out !== c) {
      parts.push(text.slice(plainFrom, i), String.fromCharCode(out));
      plainFrom = i + 1;
    }
  }
  parts.push(text.slice(plainFrom));
  return parts.join("");
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
