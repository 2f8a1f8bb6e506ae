import iconv from "iconv-lite";
import chardet from "chardet";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

/**
 * Decodes a document's bytes: UTF-8 (with or without BOM), UTF-16 (BOM, or the NUL pattern of
 * BOM-less Chinese UTF-16), else GB18030 (a superset of GBK and GB2312). Refuses bytes that
 * decode to no sensible text, so a binary file is named rather than built into the graph.
 */
export function decode(buf: Buffer): Decoded {
  if (buf.length === 0) return { ok: false, problem: "empty file" };
  let text: string | undefined;
  let encoding = "";
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = strictUtf8(buf.subarray(3));
    encoding = "utf-8-bom";
    if (text === undefined) return { ok: false, problem: "has a UTF-8 byte-order mark but is not valid UTF-8" };
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = iconv.decode(buf.subarray(2), "utf-16le");
    encoding = "utf-16le";
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = iconv.decode(buf.subarray(2), "utf-16be");
    encoding = "utf-16be";
  } else {
    const utf16 = bomlessUtf16(buf);
    if (utf16) {
      text = iconv.decode(buf, utf16);
      encoding = utf16;
    } else if (buf.includes(0)) {
      return { ok: false, problem: "binary file (contains NUL bytes), not a text document" };
    } else {
      text = strictUtf8(buf);
      encoding = "utf-8";
      if (text === undefined) {
        const guess = chardet.detect(buf);
        // chardet tells GB18030 from Big5 and the single-byte sets; anything else is read as GB18030,
        // the encoding mainland government sites use when they are not UTF-8
        encoding = guess === "Big5" ? "big5" : "gb18030";
        text = iconv.decode(buf, encoding);
      }
    }
  }
  const verdict = plausibility(text);
  if (verdict) return { ok: false, problem: `${verdict} (read as ${encoding})` };
  return { ok: true, text: text.replace(/\r\n?/g, "\n"), encoding };
}

function strictUtf8(buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/** UTF-16 without BOM: Chinese text has no NUL bytes except as the zero half of ASCII code units. */
function bomlessUtf16(buf: Buffer): "utf-16le" | "utf-16be" | undefined {
  if (buf.length < 4 || buf.length % 2 !== 0) return undefined;
  const n = Math.min(buf.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return "utf-16le";
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return "utf-16be";
  return undefined;
}

/** Why a decoded text is not a document, or undefined when it reads as text. */
function plausibility(text: string): string | undefined {
  let letters = 0;
  let junk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) junk++;
    else if (/[\p{L}\p{N}]/u.test(ch)) letters++;
  }
  const total = letters + junk;
  if (total === 0 || text.trim().length === 0) return "holds no text";
  if (junk / Math.max(1, text.length) > 0.02) return "bytes do not decode to sensible text";
  return undefined;
}
