import * as OpenCC from "opencc-js";

// Character-level conversion keeps every offset valid: a character whose simplified or
// half-width form is not the same number of UTF-16 units is left as it is. Characters outside
// the BMP (CJK extension B names, emoji) are converted as whole surrogate pairs, never half.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const cache = new Map<string, string>();

function normChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = ch;
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0); // full-width ASCII
  else if (code === 0x3000) out = " ";
  else if (code >= 0x3400) {
    const s = toSimplified(ch);
    if (s.length === ch.length) out = s;
  }
  cache.set(ch, out);
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
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1));
    const ch = pair ? text.slice(i, i + 2) : text[i]!;
    const lone = c >= 0xd800 && c <= 0xdfff && !pair;
    const out = lone ? ch : normChar(ch);
    if (out !== ch) {
      parts.push(text.slice(plainFrom, i), out);
      plainFrom = i + ch.length;
    }
    if (pair) i++;
  }
  parts.push(text.slice(plainFrom));
  return parts.join("");
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
