// graph.json → rows for Neo4j, grouped by label / relationship type. The property mapping is
// records.ts, the same one the graph.cypher exporter uses, so `hkg load` and cypher-shell -f
// graph.cypher build the same database. Pure: no server needed, and the counts the tests expect
// in Neo4j come from here. The rows are produced as they are read (generators over the graph), so
// a graph of half a million rows is never held as rows all at once.
import Graph from "graphology";
import type { KnowledgeGraph } from "../graph/index.ts";
import { GraphFileError, type SerializedGraph } from "../graph-file/index.ts";
import {
  documentDates,
  documentRecords,
  entityRecord,
  mentionRecords,
  relationRecord,
  type DocumentRecord,
  type EntityRecord,
  type MentionRecord,
  type RelationRecord,
} from "./records.ts";
import {
  isNodeType,
  isRelationType,
  NODE_TYPES,
  RELATION_TYPES,
  type NodeType,
  type RelationType,
} from "../ontology/index.ts";

export type EntityRow = Omit<EntityRecord, "type">;
export type RelationRow = Omit<RelationRecord, "type">;

export interface LoadPlan {
  documents: DocumentRecord[];
  /** the rows of one label, produced as they are asked for */
  entities(type: NodeType): Generator<EntityRow>;
  /** the rows of one relationship type, produced as they are asked for */
  relations(type: RelationType): Generator<RelationRow>;
  mentions(): Generator<MentionRecord>;
  counts: PlanCounts;
}

export interface PlanCounts {
  entities: number;
  documents: number;
  relations: number;
  mentions: number;
  entitiesByType: Partial<Record<NodeType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
}

/** Largest value (UTF-8 bytes) the loader sends to an indexed property: Neo4j's range index keys stop a little above 8 KB. */
export const MAX_INDEXED_BYTES = 8000;

/** Checks the shape and the ontology types, then builds the rows. Throws GraphFileError before anything is written. */
export function planLoad(serialized: SerializedGraph): LoadPlan {
  if (!serialized || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new GraphFileError("not a graphology graph: expected { nodes: [...], edges: [...] }");
  }
  // Labels and relationship types are written into Cypher text: only the ontology's may pass.
  for (const n of serialized.nodes) {
    if (!isNodeType(n.attributes?.type)) {
      throw new GraphFileError(`node ${JSON.stringify(n.key)} has type ${JSON.stringify(n.attributes?.type)}, not one of the ontology's: ${NODE_TYPES.join(", ")}`);
    }
  }
  for (const e of serialized.edges) {
    if (!isRelationType(e.attributes?.type)) {
      throw new GraphFileError(`edge ${e.source} → ${e.target} has type ${JSON.stringify(e.attributes?.type)}, not one of the ontology's: ${RELATION_TYPES.join(", ")}`);
    }
  }
  // Neo4j indexes entity ids and names and document ids; a value over its key size limit fails
  // the whole batch it is in, so such a file is refused before anything is written.
  const tooLong = (v: unknown) => typeof v === "string" && Buffer.byteLength(v) > MAX_INDEXED_BYTES;
  for (const n of serialized.nodes) {
    const which = tooLong(n.key) ? "id" : tooLong(n.attributes?.label) ? "name" : undefined;
    if (which) {
      throw new GraphFileError(
        `node ${JSON.stringify(String(n.key).slice(0, 40) + "…")} has ${which === "id" ? "an id" : "a name"} of ${Buffer.byteLength(String(which === "id" ? n.key : n.attributes?.label))} bytes; Neo4j cannot index more than ${MAX_INDEXED_BYTES} (rebuild the graph with this hkg, which caps names)`,
      );
    }
  }
  for (const d of (serialized.attributes?.documents ?? []) as { id?: unknown }[]) {
    if (tooLong(d?.id)) throw new GraphFileError(`a document id of ${Buffer.byteLength(String(d.id))} bytes; Neo4j cannot index more than ${MAX_INDEXED_BYTES}`);
  }
  // Relationships are merged on (source, type, target): two edges of one type between the same
  // nodes would collapse into one, so such a file is refused; different types may share a pair.
  const typedPairs = new Set<string>();
  for (const e of serialized.edges) {
    const id = `${e.source}\u0000${e.attributes?.type}\u0000${e.target}`;
    if (typedPairs.has(id)) throw new GraphFileError(`two ${e.attributes?.type} edges from ${e.source} to ${e.target}: hkg build writes one edge per type and node pair`);
    typedPairs.add(id);
  }
  let graph: KnowledgeGraph;
  try {
    graph = Graph.from(serialized as never) as unknown as KnowledgeGraph;
  } catch (err) {
    throw new GraphFileError(`not a valid graphology graph: ${(err as Error).message}`);
  }
  if (!Array.isArray(graph.getAttribute("documents"))) graph.setAttribute("documents", []);
  graph.forEachNode((_, a) => {
    a.aliases ??= [];
    a.evidence ??= [];
  });
  graph.forEachEdge((_, a) => {
    a.evidence ??= [];
  });

  const documents = documentRecords(graph.getAttribute("documents"));
  // MENTIONED_IN is matched to a listed document and merged on (entity, document, sentence,
  // start): keep exactly the rows that make a relationship, so planned counts are Neo4j's
  const listed = new Set(documents.map((d) => d.id));
  const dateOf = documentDates(documents);
  function* mentions(): Generator<MentionRecord> {
    for (const { node, attributes } of graph.nodeEntries()) {
      for (const m of mentionRecords(node, attributes, dateOf)) if (listed.has(m.doc)) yield m;
    }
  }
  function* entities(type: NodeType): Generator<EntityRow> {
    for (const { node, attributes } of graph.nodeEntries()) {
      if (attributes.type !== type) continue;
      const { type: _t, ...row } = entityRecord(node, attributes);
      yield row;
    }
  }
  function* relations(type: RelationType): Generator<RelationRow> {
    for (const { source, target, attributes } of graph.edgeEntries()) {
      if (attributes.type !== type) continue;
      const { type: _t, ...row } = relationRecord(source, target, attributes);
      yield row;
    }
  }
  const counts: PlanCounts = { entities: graph.order, documents: documents.length, relations: graph.size, mentions: 0, entitiesByType: {}, relationsByType: {} };
  graph.forEachNode((_, a) => void (counts.entitiesByType[a.type] = (counts.entitiesByType[a.type] ?? 0) + 1));
  graph.forEachEdge((_, a) => void (counts.relationsByType[a.type] = (counts.relationsByType[a.type] ?? 0) + 1));
  for (const _ of mentions()) counts.mentions++;
  return { documents, entities, relations, mentions, counts };
}

export function planCounts(plan: LoadPlan): PlanCounts {
  return plan.counts;
}
