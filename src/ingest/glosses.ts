// Some mirror sites print a pinyin reading after many characters: 經(jīng)濟開發區(qū), 項(xiàng)目. The
// reading is an aid for the reader, not part of the text: left in, it splits every name it falls in
// (銀旺碳素年產(chǎn)…項(xiàng)目). A reading is a parenthesised syllable of lower-case letters with a
// tone mark, right after a Chinese character.
const READING = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/g;

/** The text without its pinyin readings, where a page carries at least three of them. */
export function withoutReadingGlosses(text: string): string {
  let n = 0;
  for (const _ of text.matchAll(READING)) if (++n >= 3) break;
  return n >= 3 ? text.replace(READING, "") : text;
}
