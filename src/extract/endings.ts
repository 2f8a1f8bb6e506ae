/**
 * A list of word endings asked "does this word end with one of them?" at every word the patterns
 * walk over: one set lookup per possible ending length instead of an `endsWith` per listed word.
 */
export class Endings {
  private readonly set: Set<string>;
  private readonly min: number;
  private readonly max: number;

  constructor(endings: readonly string[]) {
    this.set = new Set(endings);
    this.min = Math.min(Infinity, ...endings.map((e) => e.length));
    this.max = Math.max(0, ...endings.map((e) => e.length));
  }

  /** Whether `word` ends with one of the endings; with `shorter`, with one shorter than itself. */
  endOf(word: string, shorter = false): boolean {
    const longest = Math.min(this.max, shorter ? word.length - 1 : word.length);
    for (let n = Math.max(this.min, 1); n <= longest; n++) if (this.set.has(word.slice(word.length - n))) return true;
    return false;
  }
}

/**
 * Whether `text[from, to)` holds one of the one-character `marks` (a cheap test before a scan that
 * needs one). It reads the span only: an indexOf would run on past `to` to the end of the document.
 */
export function hasAny(text: string, from: number, to: number, ...marks: string[]): boolean {
  const codes = marks.map((m) => m.charCodeAt(0));
  for (let i = Math.max(0, from); i < to && i < text.length; i++) if (codes.includes(text.charCodeAt(i))) return true;
  return false;
}
