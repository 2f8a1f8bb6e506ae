// After a load, the project's own data that the loaded graph no longer holds is removed, so the
// database follows the latest build: a document dropped from the corpus, an entity no longer
// read, a relation or mention no longer stated. Only :HkgData nodes and, between them, the
// ontology's relationship types and MENTIONED_IN are considered; anything else in the database,
// even on our nodes, is left alone.
import type { Driver } from "neo4j-driver";
import { NODE_TYPES, RELATION_TYPES } from "../ontology/index.ts";
import type { LoadPlan } from "./plan.ts";
import { MARKER_LABEL } from "./statements.ts";

export interface PruneResult {
  nodes: number;
  relationships: number;
}

const READ_NODES = `MATCH (n:${MARKER_LABEL}) WHERE n:Entity OR n:Document RETURN n.id AS id, n:Entity AS entity`;
const READ_RELATIONS = `
MATCH (a:Entity:${MARKER_LABEL})-[r]->(b:Entity:${MARKER_LABEL}) WHERE type(r) IN $types
RETURN elementId(r) AS rid, a.id AS source, type(r) AS type, b.id AS target`;
const READ_MENTIONS = `
MATCH (e:Entity:${MARKER_LABEL})-[m:MENTIONED_IN]->(d:Document:${MARKER_LABEL})
RETURN elementId(m) AS rid, e.id AS entity, d.id AS doc, m.sentence AS sentence, m.start AS start`;
const DELETE_ENTITIES = `UNWIND $ids AS id MATCH (n:Entity:${MARKER_LABEL} {id: id}) DETACH DELETE n`;
const DELETE_DOCUMENTS = `UNWIND $ids AS id MATCH (n:Document:${MARKER_LABEL} {id: id}) DETACH DELETE n`;
const DELETE_RELATIONSHIPS = `UNWIND $ids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid DELETE r`;

const relationKey = (type: string, source: string, target: string) => `${type}\u0000${source}\u0000${target}`;
const mentionKey = (entity: string, doc: string, sentence: unknown, start: unknown) => `${entity}\u0000${doc}\u0000${Number(sentence)}\u0000${Number(start)}`;

/**
 * Deletes what the database holds of ours beyond `plan`, in slices of `slice` per transaction.
 * Run after the plan was loaded completely; if it stops part way, running the load again
 * finishes it (what is stale stays stale).
 */
export async function pruneStale(driver: Driver, database: string, plan: LoadPlan, slice = 1000): Promise<PruneResult> {
  // the plan yields its rows as they are asked for (plan.ts): the keys are read once here
  const entities = new Set<string>();
  for (const type of NODE_TYPES) for (const r of plan.entities(type)) entities.add(r.id);
  const documents = new Set(plan.documents.map((d) => d.id));
  const relations = new Set<string>();
  for (const type of RELATION_TYPES) for (const r of plan.relations(type)) relations.add(relationKey(type, r.source, r.target));
  const mentions = new Set<string>();
  for (const m of plan.mentions()) mentions.add(mentionKey(m.entity, m.doc, m.sentence, m.start));

  const session = driver.session({ database });
  const read = async (text: string, params: Record<string, unknown> = {}) => (await session.executeRead((tx) => tx.run(text, params))).records.map((r) => r.toObject());
  const write = async (text: string, ids: string[]) => {
    let nodes = 0;
    let relationships = 0;
    for (let i = 0; i < ids.length; i += slice) {
      const result = await session.executeWrite((tx) => tx.run(text, { ids: ids.slice(i, i + slice) }));
      const u = result.summary.counters.updates();
      nodes += u.nodesDeleted;
      relationships += u.relationshipsDeleted;
    }
    return { nodes, relationships };
  };
  try {
    const staleEntities: string[] = [];
    const staleDocuments: string[] = [];
    for (const n of await read(READ_NODES)) {
      if (n.entity && !entities.has(n.id)) staleEntities.push(n.id);
      else if (!n.entity && !documents.has(n.id)) staleDocuments.push(n.id);
    }
    const a = await write(DELETE_ENTITIES, staleEntities);
    const b = await write(DELETE_DOCUMENTS, staleDocuments);
    // what the deleted nodes held went with them; now the relationships between nodes that stay
    const staleRelationships: string[] = [];
    for (const r of await read(READ_RELATIONS, { types: [...RELATION_TYPES] })) if (!relations.has(relationKey(r.type, r.source, r.target))) staleRelationships.push(r.rid);
    for (const m of await read(READ_MENTIONS)) if (!mentions.has(mentionKey(m.entity, m.doc, m.sentence, m.start))) staleRelationships.push(m.rid);
    const c = await write(DELETE_RELATIONSHIPS, staleRelationships);
    return { nodes: a.nodes + b.nodes, relationships: a.relationships + b.relationships + c.relationships };
  } finally {
    await session.close();
  }
}
