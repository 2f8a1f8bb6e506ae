import * as OpenCC from "opencc-js";

// Character-level conversion keeps every offset valid: a character whose simplified or
// half-width form is not exactly one UTF-16 unit long is left as it is.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const cache = new Map<string, string>();

function normChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = ch;
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0); // full-width ASCII
  else if (code === 0x3000) out = " ";
  else if (code >= 0x3400) {
    const s = toSimplified(ch);
    if (s.length === 1) out = s;
  }
  cache.set(ch, out);
  return out;
}

/** Simplified, half-width form of `text`, the same length, character for character. */
export function normalizeForMatching(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += normChar(text[i]!);
  return out;
}
