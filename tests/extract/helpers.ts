import { createExtractor, type Extraction } from "../../src/extract/index.ts";
import { splitSentences, type SourceDocument } from "../../src/ingest/index.ts";
import { normalizeForMatching } from "../../src/ingest/normalize.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";

export const kb = loadKnowledge();
export const extractor = createExtractor(kb);

/** A document as ingest gives it: paragraphs at line breaks, sentences at 。！？； (splitSentences). */
export function doc(text: string, title = ""): SourceDocument {
  const norm = normalizeForMatching(text);
  return { id: "test", file: "test.txt", path: "test.txt", title, encoding: "utf-8", text, norm, sentences: splitSentences(text) };
}

export function read(text: string, title = ""): Extraction {
  return extractor.extract(doc(text, title));
}

/** "type:name" of every mention (canonical where known). */
export const names = (ex: Extraction) => ex.mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);

/** The names of the organisations read in a text, as the text writes them. */
export const orgs = (text: string) => read(text).mentions.filter((m) => m.type === "Organization").map((m) => m.name);

/** "TYPE:head->tail" of every relation, by canonical names. */
export const rels = (ex: Extraction) =>
  ex.relations.map((r) => {
    const h = ex.mentions[r.head]!, t = ex.mentions[r.tail]!;
    return `${r.type}:${h.canonical ?? h.name}->${t.canonical ?? t.name}`;
  });
