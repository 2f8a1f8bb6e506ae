/**
 * A character trie for dictionary matching: from each position it walks only as far as some
 * dictionary word continues, so a scan costs text length × longest word, whatever the dictionary size.
 */
export class Trie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  set(word: string, value: V): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.value = value;
  }

  get(word: string): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const ch of word) if (!(node = node.next.get(ch))) return undefined;
    return node.value;
  }

  /** The longest word starting at `at`, with its end offset. */
  longestAt(text: string, at: number, end = text.length): { value: V; end: number } | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let found: { value: V; end: number } | undefined;
    for (let i = at; i < end; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.value !== undefined) found = { value: node.value, end: i + 1 };
    }
    return found;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}
