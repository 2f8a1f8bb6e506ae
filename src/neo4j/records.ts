import type { KnowledgeGraph } from "../graph/index.ts";
import type { NodeType, RelationType } from "../ontology/index.ts";

/**
 * The graph as property-graph records, the one mapping both the Cypher script exporter and the
 * Neo4j loader use, so `graph.cypher` and `hkg load` give the same database. Neo4j properties
 * hold only primitives and lists of primitives.
 */
export interface EntityRecord {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  code: string | null;
  mentions: number;
  implied: boolean;
}

export interface RelationRecord {
  type: RelationType;
  source: string;
  target: string;
  weight: number;
  register: boolean;
  /** evidence sentences and their document ids, index-aligned */
  sentences: string[];
  docs: string[];
}

export interface DocumentRecord {
  id: string;
  file: string;
  title: string;
  date: string | null;
}

export interface MentionRecord {
  entity: string;
  doc: string;
  sentence: number;
  start: number;
  end: number;
  /** the sentence, for mentions in the evidence sample; null for the others */
  text: string | null;
}

export interface GraphRecords {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  mentions: MentionRecord[];
}

export function toRecords(graph: KnowledgeGraph): GraphRecords {
  const documents = graph.getAttribute("documents").map((d) => ({ id: d.id, file: d.file, title: d.title, date: d.date ?? null }));
  const entities: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  graph.forEachNode((key, a) => {
    entities.push({ id: key, type: a.type, name: a.label, aliases: a.aliases, code: a.code ?? null, mentions: a.mentions, implied: a.implied });
    // every mention; the sentence text only where the evidence sample holds it (graph.json keeps
    // the sample, not the documents). A graph file without occurrences falls back to the sample.
    const sampled = new Map(a.evidence.map((ev) => [`${ev.doc}#${ev.sentence}#${ev.start}`, ev]));
    const all = a.occurrences ?? a.evidence.map((ev) => [ev.doc, ev.sentence, ev.start, ev.end] as const);
    // one row per (document, sentence, start): the key Neo4j merges on, and what a bulk import creates
    const seen = new Set<string>();
    for (const [doc, sentence, start, end] of all) {
      const id = `${doc}#${sentence}#${start}`;
      if (seen.has(id)) continue;
      seen.add(id);
      mentions.push({ entity: key, doc, sentence, start, end, text: sampled.get(id)?.text ?? null });
    }
  });
  const relations: RelationRecord[] = [];
  graph.forEachEdge((_, a, source, target) => {
    relations.push({
      type: a.type,
      source,
      target,
      weight: a.weight,
      register: a.register,
      sentences: a.evidence.map((e) => e.text),
      docs: a.evidence.map((e) => e.doc),
    });
  });
  return { documents, entities, relations, mentions };
}
