import type { KnowledgeGraph } from "../graph/index.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NodeType, RelationType } from "../ontology/index.ts";

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
  /** when the dated documents mentioning it were written (null when none is dated) */
  firstSeen: string | null;
  lastSeen: string | null;
  years: number[] | null;
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
  /** every document stating it (null for register edges), and when those documents are dated */
  statedIn: string[] | null;
  firstSeen: string | null;
  lastSeen: string | null;
  years: number[] | null;
}

export interface DocumentRecord {
  id: string;
  file: string;
  title: string;
  date: string | null;
  /** the date's year, for queries by year */
  year: number | null;
  dateFrom: string | null;
}

export interface MentionRecord {
  entity: string;
  doc: string;
  sentence: number;
  start: number;
  end: number;
  /** the sentence, for mentions in the evidence sample; null for the others */
  text: string | null;
  /** the document's date: when this was said */
  date: string | null;
}

export interface GraphRecords {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  mentions: MentionRecord[];
}

function timeRecord(a: { firstSeen?: string; lastSeen?: string; years?: number[] }) {
  return { firstSeen: a.firstSeen ?? null, lastSeen: a.lastSeen ?? null, years: a.years?.length ? a.years : null };
}

export function toRecords(graph: KnowledgeGraph): GraphRecords {
  const documents = documentRecords(graph.getAttribute("documents"));
  const dateOf = documentDates(documents);
  const entities: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  graph.forEachNode((key, a) => {
    entities.push(entityRecord(key, a));
    for (const m of mentionRecords(key, a, dateOf)) mentions.push(m);
  });
  const relations: RelationRecord[] = [];
  graph.forEachEdge((_, a, source, target) => relations.push(relationRecord(source, target, a)));
  return { documents, entities, relations, mentions };
}

/**
 * The same records, produced as they are asked for (each call walks the graph again), so that a
 * writer of a large graph never holds them all: documents, then entities, mentions and relations
 * in the graph's order, as toRecords lists them.
 */
export interface RecordStream {
  documents: DocumentRecord[];
  entities(): Iterable<EntityRecord>;
  mentions(): Iterable<MentionRecord>;
  relations(): Iterable<RelationRecord>;
}

export function recordStream(graph: KnowledgeGraph): RecordStream {
  const documents = documentRecords(graph.getAttribute("documents"));
  const dateOf = documentDates(documents);
  return {
    documents,
    *entities() {
      for (const { node, attributes } of graph.nodeEntries()) yield entityRecord(node, attributes);
    },
    *mentions() {
      for (const { node, attributes } of graph.nodeEntries()) yield* mentionRecords(node, attributes, dateOf);
    },
    *relations() {
      for (const { attributes, source, target } of graph.edgeEntries()) yield relationRecord(source, target, attributes);
    },
  };
}

/** Records already held, as a stream. */
export function streamOf(records: GraphRecords): RecordStream {
  return { documents: records.documents, entities: () => records.entities, mentions: () => records.mentions, relations: () => records.relations };
}

// One element at a time, so that the loader can produce its rows as it sends them (plan.ts)
// instead of holding every row of a large graph at once.

export function documentRecords(documents: GraphAttributes["documents"]): DocumentRecord[] {
  return documents.map((d) => ({ id: d.id, file: d.file, title: d.title, date: d.date ?? null, year: d.date ? Number(d.date.slice(0, 4)) : null, dateFrom: d.dateFrom ?? null }));
}

/** Each document's date, for the mentions it holds. */
export function documentDates(documents: DocumentRecord[]): Map<string, string | null> {
  return new Map(documents.map((d) => [d.id, d.date]));
}

export function entityRecord(key: string, a: NodeAttributes): EntityRecord {
  return { id: key, type: a.type, name: a.label, aliases: a.aliases, code: a.code ?? null, mentions: a.mentions, implied: a.implied, ...timeRecord(a) };
}

/** Every mention of a node; the sentence text only where the evidence sample holds it (graph.json keeps the sample, not the documents). */
export function* mentionRecords(key: string, a: NodeAttributes, dateOf: Map<string, string | null>): Generator<MentionRecord> {
  const sampled = new Map(a.evidence.map((ev) => [`${ev.doc}#${ev.sentence}#${ev.start}`, ev]));
  // a graph file without occurrences falls back to the sample
  const all = a.occurrences ?? a.evidence.map((ev) => [ev.doc, ev.sentence, ev.start, ev.end] as const);
  // one row per (document, sentence, start): the key Neo4j merges on, and what a bulk import creates
  const seen = new Set<string>();
  for (const [doc, sentence, start, end] of all) {
    const id = `${doc}#${sentence}#${start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    yield { entity: key, doc, sentence, start, end, text: sampled.get(id)?.text ?? null, date: dateOf.get(doc) ?? null };
  }
}

export function relationRecord(source: string, target: string, a: EdgeAttributes): RelationRecord {
  return {
    type: a.type,
    source,
    target,
    weight: a.weight,
    register: a.register,
    sentences: a.evidence.map((e) => e.text),
    docs: a.evidence.map((e) => e.doc),
    statedIn: a.docs?.length ? a.docs : null,
    ...timeRecord(a),
  };
}
