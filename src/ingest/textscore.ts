/**
 * How much a decoded string looks like the documents hkg reads (Chinese, with ASCII and
 * punctuation). Used to choose between encodings that all decode the bytes without error: a
 * GBK file read as UTF-8 or as Big5, or a UTF-16 file read with the wrong byte order, still
 * decodes, but into Cyrillic, Hebrew, Hangul, private-use or rare characters.
 */
export interface TextScore {
  /** characters outside ASCII */
  nonAscii: number;
  /** of those, characters a Chinese document plausibly holds */
  expected: number;
  /** replacement characters, lone surrogates, control characters, private-use characters */
  junk: number;
  /** letters and digits of any script */
  letters: number;
  /** ASCII letters (a–z, A–Z) */
  asciiLetters: number;
  length: number;
}

export function scoreText(text: string): TextScore {
  let nonAscii = 0;
  let expected = 0;
  let junk = 0;
  let letters = 0;
  let asciiLetters = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    length++;
    if (c < 0x80) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) junk++;
      else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++, asciiLetters++;
      else if (c >= 0x30 && c <= 0x39) letters++;
      continue;
    }
    nonAscii++;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        // CJK extensions B and beyond: rare, but real (names, places)
        if (cp >= 0x20000 && cp <= 0x3ffff) expected++, letters++;
        else if (cp >= 0xf0000) junk++;
      } else junk++;
      continue;
    }
    if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffd || (c >= 0x80 && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) {
      junk++;
      continue;
    }
    // the common case first: a CJK ideograph is both expected and a letter
    if (c >= 0x4e00 && c <= 0x9fff) {
      expected++;
      letters++;
      continue;
    }
    if (isExpected(c)) expected++;
    if (isLetter(c)) letters++;
  }
  return { nonAscii, expected, junk, letters, asciiLetters, length };
}

/**
 * Latin-script text with accents (pinyin, French, German): mostly ASCII letters with a few
 * others. GBK Chinese is mostly non-ASCII, so this does not let a misread GBK file through.
 */
export function isLatinText(s: TextScore): boolean {
  return s.asciiLetters >= s.nonAscii;
}

/** Share of the non-ASCII characters that a Chinese document plausibly holds (1 for pure ASCII). */
export function expectedRatio(s: TextScore): number {
  return s.nonAscii === 0 ? 1 : s.expected / s.nonAscii;
}

function isExpected(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: “ ” — …
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0x2100 && c <= 0x218f) || // ℃ № Ⅻ
    (c >= 0x2460 && c <= 0x24ff) || // ① ⑴
    (c >= 0x2190 && c <= 0x21ff) || // arrows
    (c >= 0x25a0 && c <= 0x25ff) || // ■ ● ◆
    (c >= 0x2600 && c <= 0x26ff) || // ★ ☆
    (c >= 0x3200 && c <= 0x32ff) || // ㈠ ㊣
    c === 0xa0 || c === 0xb0 || c === 0xb1 || c === 0xb7 || c === 0xd7 || c === 0xf7 || c === 0xa9 || c === 0xae || c === 0xa7
  );
}

const LETTER = /[\p{L}\p{N}]/u;
function isLetter(c: number): boolean {
  return LETTER.test(String.fromCharCode(c));
}
