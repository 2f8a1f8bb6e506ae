import type { SourceDocument } from "../../ingest/index.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { NodeType } from "../../ontology/index.ts";
import type { GazetteerEntry } from "../gazetteer.ts";
import type { Trie } from "../trie.ts";
import type { DocumentHome, Mention, RelationMention } from "../types.ts";

export const PLACES: ReadonlySet<NodeType> = new Set(["Zone", "District", "Town", "City"]);
export const LOCATABLE: ReadonlySet<NodeType> = new Set(["Project", "Lab", "Organization", "Zone", "Infrastructure"]);
export const HOSTABLE: ReadonlySet<NodeType> = new Set(["Lab", "Project", "Organization"]);
export const PARTNER: ReadonlySet<NodeType> = new Set(["City", "Organization"]);

export interface RelationContext {
  home?: DocumentHome;
  gazetteer: Trie<GazetteerEntry>;
  context: Map<string, number>;
  kb: Knowledge;
}

/** A mention with its index in the document's mention list. */
export interface Item {
  m: Mention;
  i: number;
}

/** What every rule family reads: the document, its mentions in text order, grouped by sentence. */
export interface RuleInput {
  doc: SourceDocument;
  text: string;
  mentions: Mention[];
  order: Item[];
  sentences: Item[][];
  rc: RelationContext;
}

export function ruleInput(doc: SourceDocument, mentions: Mention[], rc: RelationContext): RuleInput {
  const order = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !m.via).sort((a, b) => a.m.start - b.m.start);
  const bySentence = new Map<number, Item[]>();
  for (const x of order) {
    const list = bySentence.get(x.m.sentence) ?? [];
    list.push(x);
    bySentence.set(x.m.sentence, list);
  }
  return { doc, text: doc.norm, mentions, order, sentences: [...bySentence.values()], rc };
}

/** Collects one rule family's findings; a relation from a mention to itself is never stated. */
export function collector(mentions: Mention[]): { out: RelationMention[]; rel: (type: RelationMention["type"], head: number, tail: number) => void } {
  const out: RelationMention[] = [];
  return {
    out,
    rel: (type, head, tail) => {
      if (head !== tail) out.push({ type, head, tail, sentence: mentions[head]!.sentence });
    },
  };
}

/** The first mention of the home division named in the text (not one read from a name). */
export function homeMention(mentions: Mention[], code: string | undefined): number | undefined {
  if (!code) return undefined;
  const i = mentions.findIndex((m) => m.code === code && !m.via);
  return i >= 0 ? i : undefined;
}
