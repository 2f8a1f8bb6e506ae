// graph.json → rows for Neo4j, grouped by label / relationship type. Pure: no server needed,
// and the expected counts the tests compare Neo4j against come from here too.
import {
  isNodeType,
  isRelationType,
  NODE_TYPES,
  RELATION_TYPES,
  type DocumentInfo,
  type EdgeAttributes,
  type Evidence,
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

export interface DocumentRow {
  id: string;
  file: string | null;
  title: string | null;
  date: string | null;
}

export interface EntityRow {
  id: string;
  props: {
    id: string;
    name: string;
    type: NodeType;
    aliases: string[];
    code: string | null;
    mentions: number;
    implied: boolean;
    docs: string[];
  };
}

export interface RelationRow {
  source: string;
  target: string;
  key: string;
  props: {
    key: string;
    weight: number;
    register: boolean;
    /** evidence sentences, and in the same order the documents and sentence indexes they come from */
    sources: string[];
    sourceDocs: string[];
    sourceSentences: number[];
  };
}

export interface MentionRow {
  entity: string;
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface LoadPlan {
  documents: DocumentRow[];
  entities: Map<NodeType, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  mentions: MentionRow[];
  /** graphology multi-graphs may hold parallel edges of one type; then edge keys tell them apart */
  multi: boolean;
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
export function planLoad(graph: SerializedGraph): LoadPlan {
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new GraphFileError("not a graphology graph: expected { nodes: [...], edges: [...] }");
  }
  const multi = graph.options?.multi === true;

  const documents = new Map<string, DocumentRow>();
  for (const d of graph.attributes?.documents ?? ([] as DocumentInfo[])) {
    documents.set(d.id, { id: d.id, file: d.file ?? null, title: d.title ?? null, date: d.date ?? null });
  }
  // Evidence may cite a document the header does not list; it still gets a node, with only its id.
  const ensureDocument = (id: string) => {
    if (!documents.has(id)) documents.set(id, { id, file: null, title: null, date: null });
  };

  const entities = new Map<NodeType, EntityRow[]>(NODE_TYPES.map((t) => [t, []]));
  const mentions: MentionRow[] = [];
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    const a = node.attributes ?? {};
    const key = String(node.key);
    if (!isNodeType(a.type)) {
      throw new GraphFileError(`node ${JSON.stringify(key)} has type ${JSON.stringify(a.type)}, not one of the ontology's: ${NODE_TYPES.join(", ")}`);
    }
    ids.add(key);
    const docs = (a.docs ?? []).map(String);
    docs.forEach(ensureDocument);
    entities.get(a.type)!.push({
      id: key,
      props: {
        id: key,
        name: String(a.label ?? key),
        type: a.type,
        aliases: (a.aliases ?? []).map(String),
        code: a.code ?? null,
        mentions: Number(a.mentions ?? 0),
        implied: a.implied === true,
        docs,
      },
    });
    for (const ev of uniqueEvidence(a.evidence ?? [])) {
      ensureDocument(ev.doc);
      mentions.push({ entity: key, doc: ev.doc, sentence: ev.sentence, start: ev.start, end: ev.end, text: ev.text });
    }
  }

  const relations = new Map<RelationType, RelationRow[]>(RELATION_TYPES.map((t) => [t, []]));
  const seen = new Set<string>();
  graph.edges.forEach((edge, i) => {
    const a = edge.attributes ?? {};
    const source = String(edge.source);
    const target = String(edge.target);
    if (!isRelationType(a.type)) {
      throw new GraphFileError(`edge ${source} → ${target} has type ${JSON.stringify(a.type)}, not one of the ontology's: ${RELATION_TYPES.join(", ")}`);
    }
    for (const end of [source, target]) {
      if (!ids.has(end)) throw new GraphFileError(`edge ${source} → ${target} (${a.type}) refers to a node that is not in the file: ${end}`);
    }
    const key = edge.key === undefined ? `${source}|${a.type}|${target}|${i}` : String(edge.key);
    // Without multi, Neo4j merges on (source, type, target): count each such triple once.
    const identity = multi ? key : `${source}\u0000${a.type}\u0000${target}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const evidence = a.evidence ?? [];
    evidence.forEach((ev) => ensureDocument(ev.doc));
    relations.get(a.type)!.push({
      source,
      target,
      key,
      props: {
        key,
        weight: Number(a.weight ?? 1),
        register: a.register === true,
        sources: evidence.map((e) => e.text),
        sourceDocs: evidence.map((e) => e.doc),
        sourceSentences: evidence.map((e) => e.sentence),
      },
    });
  });

  return { documents: [...documents.values()], entities, relations, mentions, multi };
}

/** MENTIONED_IN is merged on (entity, document, start, end): repeated evidence would count once. */
function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.doc}\u0000${e.start}\u0000${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
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
