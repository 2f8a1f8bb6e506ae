// graph.json → rows for Neo4j, grouped by label / relationship type. The property mapping is
// src/graph's toRecords, the same one the graph.cypher exporter uses, so `hkg load` and
// cypher-shell -f graph.cypher build the same database. Pure: no server needed, and the counts
// the tests expect in Neo4j come from here.
import { DirectedGraph } from "graphology";
import { toRecords, type DocumentRecord, type EntityRecord, type KnowledgeGraph, type MentionRecord, type RelationRecord } from "../graph/index.ts";
import {
  isNodeType,
  isRelationType,
  NODE_TYPES,
  RELATION_TYPES,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type NodeType,
  type RelationType,
} from "../ontology/index.ts";

/** The graphology serialisation as it arrives from disk: typed, but not yet trusted. */
export interface SerializedGraph {
  attributes?: Partial<GraphAttributes>;
  options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes?: Partial<NodeAttributes> }[];
  edges: { key?: string; source: string; target: string; attributes?: Partial<EdgeAttributes> }[];
}

export type EntityRow = Omit<EntityRecord, "type">;
export type RelationRow = Omit<RelationRecord, "type">;

export interface LoadPlan {
  documents: DocumentRecord[];
  entities: Map<NodeType, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  mentions: MentionRecord[];
}

export interface PlanCounts {
  entities: number;
  documents: number;
  relations: number;
  mentions: number;
  entitiesByType: Partial<Record<NodeType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
}

export class GraphFileError extends Error {
  override name = "GraphFileError";
}

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
  if (serialized.options?.multi) {
    // Relationships are merged on (source, type, target); parallel edges would collapse.
    throw new GraphFileError("multi-graphs are not supported: hkg build writes one edge per node pair");
  }
  let graph: KnowledgeGraph;
  try {
    graph = DirectedGraph.from(serialized as never) as unknown as KnowledgeGraph;
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

  const records = toRecords(graph);
  const entities = new Map<NodeType, EntityRow[]>(NODE_TYPES.map((t) => [t, []]));
  for (const { type, ...row } of records.entities) entities.get(type)!.push(row);
  const relations = new Map<RelationType, RelationRow[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const { type, ...row } of records.relations) relations.get(type)!.push(row);

  // MENTIONED_IN is matched to a listed document and merged on (entity, document, sentence,
  // start): keep exactly the rows that make a relationship, so planned counts are Neo4j's.
  const listed = new Set(records.documents.map((d) => d.id));
  const seen = new Set<string>();
  const mentions = records.mentions.filter((m) => {
    const k = [m.entity, m.doc, m.sentence, m.start].join("\u0000");
    if (!listed.has(m.doc) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { documents: records.documents, entities, relations, mentions };
}

export function planCounts(plan: LoadPlan): PlanCounts {
  const entitiesByType: Partial<Record<NodeType, number>> = {};
  const relationsByType: Partial<Record<RelationType, number>> = {};
  let entities = 0;
  let relations = 0;
  for (const [t, rows] of plan.entities) if (rows.length) (entitiesByType[t] = rows.length), (entities += rows.length);
  for (const [t, rows] of plan.relations) if (rows.length) (relationsByType[t] = rows.length), (relations += rows.length);
  return { entities, documents: plan.documents.length, relations, mentions: plan.mentions.length, entitiesByType, relationsByType };
}
