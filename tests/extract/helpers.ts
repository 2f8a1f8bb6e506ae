import { createExtractor, type Extraction } from "../../src/extract/index.ts";
import type { SourceDocument } from "../../src/ingest/index.ts";
import { normalizeForMatching } from "../../src/ingest/normalize.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";

export const kb = loadKnowledge();
export const extractor = createExtractor(kb);

/** A one-paragraph-per-line document, as ingest would give it (sentences split at 。!?). */
export function doc(text: string, title = ""): SourceDocument {
  const norm = normalizeForMatching(text);
  const sentences: SourceDocument["sentences"] = [];
  let start = 0;
  let paragraph = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === "。" || ch === "!" || ch === "?" || ch === "\n") {
      const end = ch === "\n" || i === text.length ? i : i + 1;
      if (end > start) sentences.push({ index: sentences.length, paragraph, start, end });
      if (ch === "\n") paragraph++;
      start = i + 1;
    }
  }
  return { id: "test", file: "test.txt", path: "test.txt", title, encoding: "utf-8", text, norm, sentences };
}

export function read(text: string, title = ""): Extraction {
  return extractor.extract(doc(text, title));
}

/** "type:name" of every mention (canonical where known). */
export const names = (ex: Extraction) => ex.mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);

/** "TYPE:head->tail" of every relation, by canonical names. */
export const rels = (ex: Extraction) =>
  ex.relations.map((r) => {
    const h = ex.mentions[r.head]!, t = ex.mentions[r.tail]!;
    return `${r.type}:${h.canonical ?? h.name}->${t.canonical ?? t.name}`;
  });
