import iconv from "iconv-lite";
import { binaryKind } from "./sniff.ts";
import { expectedRatio, isLatinText, scoreText, type TextScore } from "./textscore.ts";

export type Decoded = { ok: true; text: string; encoding: string; warnings?: string[] } | { ok: false; problem: string };

export interface DecodeHints {
  /** charset the file declares (an HTML <meta charset>); trusted only when it reads as text */
  declared?: string;
}

/**
 * Decodes a document's bytes. Order: byte-order marks; BOM-less UTF-16; UTF-8 when the bytes are
 * valid UTF-8 and read as Chinese text; otherwise the legacy encoding the file declares, or GB18030
 * (superset of GBK/GB2312) unless the byte pattern says Big5. Refuses bytes that decode to no
 * sensible text, so a binary file is named rather than built into the graph.
 */
export function decode(buf: Buffer, hints: DecodeHints = {}): Decoded {
  if (buf.length === 0) return { ok: false, problem: "empty file" };
  const chosen = choose(buf, hints);
  if ("problem" in chosen) return { ok: false, problem: chosen.problem };
  const { encoding, warning } = chosen;
  // UTF-16 can hold half a surrogate pair, which no UTF-8 output can: made U+FFFD here, once and
  // reported, rather than differently by each writer (JSON keeps it, GEXF and Bolt replace it)
  const lone = loneSurrogates(chosen.text);
  const text = lone.length ? chosen.text.replace(LONE_SURROGATE, "\ufffd") : chosen.text;
  const verdict = implausible(text);
  if (verdict) return { ok: false, problem: `${verdict} (read as ${encoding})` };
  const warnings = [
    ...(warning ? [warning] : []),
    ...(lone.length ? [`${lone.length} unpaired UTF-16 surrogate${lone.length === 1 ? "" : "s"} (first at character ${lone[0]}) replaced with U+FFFD; the rest of the text is kept`] : []),
  ];
  return { ok: true, text: text.replace(/\r\n?/g, "\n"), encoding, ...(warnings.length ? { warnings } : {}) };
}

/** a chosen reading; `warning` says what could not be decoded and was replaced (the text is kept) */
type Choice = { text: string; encoding: string; warning?: string } | { problem: string };

function choose(buf: Buffer, hints: DecodeHints): Choice {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const body = buf.subarray(3);
    const text = strictUtf8(body);
    if (text !== undefined) return { text, encoding: "utf-8-bom" };
    const loose = mostlyUtf8(body, 3);
    return loose ? { ...loose, encoding: "utf-8-bom" } : { problem: "has a UTF-8 byte-order mark but is not valid UTF-8" };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return fromUtf16(buf, 2, "utf-16le", "utf-16le-bom");
  if (buf[0] === 0xfe && buf[1] === 0xff) return fromUtf16(buf, 2, "utf-16be", "utf-16be-bom");

  const kind = binaryKind(buf);
  if (kind) return { problem: `binary file (${kind}), not a text document` };

  const utf8 = strictUtf8(buf);
  if (utf8 !== undefined) {
    // valid UTF-8 that reads as Chinese (or as accented Latin text, which GB18030 would turn into
    // plausible-looking ideographs) is UTF-8, whatever a page declares: declarations go stale
    // when sites convert their pages, byte patterns do not
    const s = scoreText(utf8);
    if (expectedRatio(s) >= 0.8 || isLatinText(s)) return { text: utf8, encoding: "utf-8" };
  }

  const utf16 = bomlessUtf16(buf);
  if (utf16) return utf16;

  // UTF-8 with a few bad bytes (a cut-off download, one corrupted byte): one bad byte must not
  // lose a whole document, so the bad bytes become U+FFFD and are reported with their offsets
  const loose = utf8 === undefined ? mostlyUtf8(buf, 0) : undefined;
  if (loose) return { ...loose, encoding: "utf-8" };
  if (buf.includes(0)) return { problem: "binary file (contains NUL bytes), not a text document" };

  const legacy = legacyDecode(buf, hints.declared);
  // valid UTF-8 that reads worse than every legacy reading is still the best guess left
  if (utf8 !== undefined && expectedRatio(scoreText(utf8)) >= expectedRatio(scoreText(legacy.text))) {
    return { text: utf8, encoding: "utf-8" };
  }
  return legacy;
}

function strictUtf8(buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/**
 * Offsets of the bytes that are not part of a well-formed UTF-8 sequence (WHATWG rules: overlong
 * forms, surrogates and code points past U+10FFFF are ill-formed too).
 */
export function invalidUtf8Offsets(buf: Uint8Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    if (need === 0) {
      bad.push(i++);
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
    }
    if (k > need) i += need + 1;
    else {
      // the lead byte and its partial continuation are one bad sequence, as TextDecoder reads them
      bad.push(i);
      i += k;
    }
  }
  return bad;
}

/**
 * Lenient UTF-8 for bytes that are UTF-8 but for a few bad sequences: kept when the bad sequences
 * are rare among the non-ASCII characters (GBK read as UTF-8 is bad at nearly every character)
 * and the rest reads as Chinese or Latin text.
 */
function mostlyUtf8(buf: Uint8Array, base: number): { text: string; warning: string } | undefined {
  const bad = invalidUtf8Offsets(buf);
  if (bad.length === 0) return undefined;
  const text = new TextDecoder("utf-8").decode(buf);
  const s = scoreText(text);
  const good = s.nonAscii - bad.length;
  if (good <= 0 || bad.length > good / 20) return undefined;
  const clean = { ...s, nonAscii: good, junk: s.junk - bad.length };
  if (expectedRatio(clean) < 0.8 && !isLatinText(clean)) return undefined;
  return { text, warning: badBytes("invalid UTF-8", bad.map((o) => o + base)) };
}

function badBytes(what: string, offsets: number[]): string {
  const shown = offsets.slice(0, 5).join(", ") + (offsets.length > 5 ? ", …" : "");
  return `${offsets.length} ${what} byte sequence${offsets.length === 1 ? "" : "s"} at byte offset${offsets.length === 1 ? "" : "s"} ${shown} replaced with U+FFFD; the rest of the text is kept`;
}

/** UTF-16 from `start`; an odd last byte (a file cut in the middle of a character) is reported, not fatal. */
function fromUtf16(buf: Buffer, start: number, codec: "utf-16le" | "utf-16be", encoding: string): Choice {
  const odd = (buf.length - start) % 2 === 1;
  const text = iconv.decode(buf.subarray(start, odd ? buf.length - 1 : buf.length), codec);
  return odd ? { text, encoding, warning: `odd number of bytes for UTF-16: the last byte (offset ${buf.length - 1}) is half a character and was dropped; the rest of the text is kept` } : { text, encoding };
}

/**
 * UTF-16 without BOM. Counting NUL bytes is not enough: Chinese UTF-16 with little ASCII has
 * almost none. Both byte orders are decoded instead and kept only when one reads as Chinese text
 * and the other does not (the wrong order yields Hangul, private-use and unassigned characters).
 */
function bomlessUtf16(buf: Buffer): Choice | undefined {
  if (buf.length < 4) return undefined;
  const sample = buf.subarray(0, Math.min(buf.length - (buf.length % 2), 8192));
  const le = scoreText(iconv.decode(sample, "utf-16le"));
  const be = scoreText(iconv.decode(sample, "utf-16be"));
  const good = (s: TextScore) => s.junk === 0 && expectedRatio(s) >= 0.9 && s.letters > 0;
  if (good(le) && !good(be)) return fromUtf16(buf, 0, "utf-16le", "utf-16le");
  if (good(be) && !good(le)) return fromUtf16(buf, 0, "utf-16be", "utf-16be");
  return undefined;
}

/** Encoding names as pages declare them → the iconv-lite decoder hkg uses for them. */
function canonical(declared: string): string | undefined {
  const d = declared.toLowerCase().replace(/^x-/, "");
  if (["gb2312", "gbk", "gb18030", "cp936", "euc-cn", "gb_2312-80", "chinese"].includes(d)) return "gb18030";
  if (["big5", "big5-hkscs", "cp950"].includes(d)) return "big5";
  if (d === "utf-8" || d === "utf8") return undefined; // not valid UTF-8 (checked before), so the declaration is wrong
  return iconv.encodingExists(d) ? d : undefined;
}

function legacyDecode(whole: Buffer, declared: string | undefined): { text: string; encoding: string; warning?: string } {
  // a download cut inside its last character would put U+FFFD at the end, which in a short
  // document is enough junk to refuse it: the half character is dropped and reported instead
  const cut = cutCharacter(whole);
  const buf = cut ? whole.subarray(0, whole.length - cut) : whole;
  const read = legacyReading(buf, declared);
  if (!cut) return read;
  const at = whole.length - cut;
  return { ...read, warning: `the file ends inside a character: its last ${cut === 1 ? "byte" : `${cut} bytes`} (offset ${at}) ${cut === 1 ? "was" : "were"} dropped; the rest of the text is kept` };
}

/** How many bytes at the end start a GBK/GB18030/Big5 character that the file cuts off (0 when none). */
function cutCharacter(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const size = b < 0x81 || b === 0xff ? 1 : buf[i + 1] !== undefined && buf[i + 1]! >= 0x30 && buf[i + 1]! <= 0x39 ? 4 : 2;
    if (i + size > buf.length) return buf.length - i;
    i += size;
  }
  return 0;
}

function legacyReading(buf: Buffer, declared: string | undefined): { text: string; encoding: string } {
  const named = declared ? canonical(declared) : undefined;
  if (named) {
    const text = iconv.decode(buf, named);
    const s = scoreText(text);
    if (s.junk === 0 && expectedRatio(s) >= 0.9) return { text, encoding: named };
  }
  const gb = iconv.decode(buf, "gb18030");
  if (looksLikeBig5(buf)) {
    const big5 = iconv.decode(buf, "big5");
    const b = scoreText(big5);
    if (b.junk <= scoreText(gb).junk && expectedRatio(b) >= 0.9) return { text: big5, encoding: "big5" };
  }
  return { text: gb, encoding: "gb18030" };
}

/**
 * Big5 and GBK share most of their byte ranges, so either decodes the other's bytes without error.
 * Their second bytes differ: common GBK text (the GB2312 area) has second bytes 0xA1–0xFE only,
 * while about four in ten Big5 characters have a second byte in 0x40–0x7E. (chardet is no help on
 * short texts: it calls a two-character GBK text Big5 and a short Big5 one ISO-8859-7.)
 */
function looksLikeBig5(buf: Uint8Array): boolean {
  let pairs = 0;
  let lowTrail = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = buf[i + 1] ?? 0;
    if (t >= 0x30 && t <= 0x39) return false; // GB18030 four-byte sequence: not Big5
    pairs++;
    if (t >= 0x40 && t <= 0x7e) lowTrail++;
    i += 2;
  }
  return pairs > 0 && lowTrail / pairs >= 0.15;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function loneSurrogates(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(LONE_SURROGATE)) out.push(m.index!);
  return out;
}

/** Why a decoded text is not a document, or undefined when it reads as text. */
function implausible(text: string): string | undefined {
  if (text.trim().length === 0) return "holds no text (only whitespace)";
  const s = scoreText(text);
  if (s.letters === 0) return "holds no text (no letters or digits)";
  if (s.junk / Math.max(1, s.length) > 0.02) return "bytes do not decode to sensible text";
  return undefined;
}
