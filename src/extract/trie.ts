/**
 * A character trie for dictionary matching: from each position it walks only as far as some
 * dictionary word continues, so a scan costs text length × longest word, whatever the dictionary size.
 * Children are keyed by character code, not by one-character strings: the scan runs at every
 * position of every sentence, and `text[i]` of a CJK character allocates a string each time.
 */
export class Trie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  // the root's children again, by UTF-16 unit: the scan's first step at every position is an array
  // read (most positions go no further); filled to its length, so that V8 keeps it a flat array
  private readonly first: (TrieNode<V> | undefined)[] = new Array<TrieNode<V> | undefined>(0x10000).fill(undefined);

  set(word: string, value: V): void {
    let node = this.root;
    for (const ch of word) {
      const code = ch.codePointAt(0)!;
      let child = node.next.get(code);
      if (!child) {
        node.next.set(code, (child = { next: new Map() }));
        if (node === this.root && code <= 0xffff) this.first[code] = child;
      }
      node = child;
    }
    node.value = value;
  }

  get(word: string): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const ch of word) if (!(node = node.next.get(ch.codePointAt(0)!))) return undefined;
    return node.value;
  }

  /** Every word with its value. */
  *entries(): Generator<[string, V]> {
    const stack: [TrieNode<V>, string][] = [[this.root, ""]];
    while (stack.length) {
      const [node, prefix] = stack.pop()!;
      if (node.value !== undefined) yield [prefix, node.value];
      for (const [code, child] of node.next) stack.push([child, prefix + String.fromCodePoint(code)]);
    }
  }

  /**
   * The longest word starting at `at`, with its end offset. (It walks UTF-16 units, so a word with a
   * character outside the BMP, keyed by its code point, is found by `get` only, as before.)
   */
  longestAt(text: string, at: number, end = text.length): { value: V; end: number } | undefined {
    if (!(at < end)) return undefined;
    let node: TrieNode<V> | undefined = this.first[text.charCodeAt(at)];
    if (!node) return undefined;
    let found: { value: V; end: number } | undefined = node.value !== undefined ? { value: node.value, end: at + 1 } : undefined;
    for (let i = at + 1; i < end; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) found = { value: node.value, end: i + 1 };
    }
    return found;
  }
}

interface TrieNode<V> {
  /** children by character code (a code point in `set`/`get`, a UTF-16 unit in `longestAt`) */
  next: Map<number, TrieNode<V>>;
  value?: V;
}
