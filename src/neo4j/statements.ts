// The Cypher that writes the graph into Neo4j, shared by `hkg load` (rows as the parameter $rows)
// and the graph.cypher exporter (rows as escaped literals), so both give the same database.
// Labels and relationship types cannot be parameters in Cypher, so they are written into the text,
// but only ever from the ontology's constant lists: a type read from data is checked first.
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from "../ontology/index.ts";

/** The schema, first in graph.cypher and equal to neo4j/cypher/schema.cypher, which `hkg load` runs (a test keeps them equal). */
export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
];

/** Marks what `hkg load` wrote, so `--wipe` can remove exactly that and nothing else in the database. */
export const MARKER_LABEL = "HkgData";

function assertNodeType(t: NodeType): NodeType {
  if (!(NODE_TYPES as readonly string[]).includes(t)) throw new Error(`not an ontology node type: ${t}`);
  return t;
}
function assertRelationType(t: RelationType): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(t)) throw new Error(`not an ontology relation type: ${t}`);
  return t;
}

export const DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d:${MARKER_LABEL}, d.file = row.file, d.title = row.title, d.date = row.date, d.year = row.year, d.dateFrom = row.dateFrom`;

/**
 * One node per row, with its type label. Labels are written once: on creation, or when a node
 * lacks them (its type changed since the last load: then it also loses the old type's label).
 * A node that already has them is not touched again, so a row costs no label work.
 */
export function entities(type: NodeType): string {
  const others = NODE_TYPES.filter((t) => t !== assertNodeType(type));
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:${MARKER_LABEL}:${type}
SET n.name = row.name, n.aliases = row.aliases, n.code = row.code, n.mentions = row.mentions, n.implied = row.implied,
    n.firstSeen = row.firstSeen, n.lastSeen = row.lastSeen, n.years = row.years
WITH n WHERE NOT n:${MARKER_LABEL} OR NOT n:${type}
SET n:${MARKER_LABEL}:${type}
REMOVE n:${others.join(":")}`;
}

/**
 * The same nodes into a database that held no :Entity when the load began: nothing to merge
 * into, so each row is created with all of its labels and properties at once, as MERGE would
 * have created it (a plan holds each id once: graph keys are unique).
 */
export function createEntities(type: NodeType): string {
  return `
UNWIND $rows AS row
CREATE (n:Entity:${MARKER_LABEL}:${assertNodeType(type)} {id: row.id, name: row.name, aliases: row.aliases, code: row.code, mentions: row.mentions,
    implied: row.implied, firstSeen: row.firstSeen, lastSeen: row.lastSeen, years: row.years})`;
}

/** A relation is (source, type, target): hkg build writes one edge per node pair. */
export function relations(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:${assertRelationType(type)}]->(b)
SET r.weight = row.weight, r.register = row.register, r.sentences = row.sentences, r.docs = row.docs,
    r.statedIn = row.statedIn, r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen, r.years = row.years`;
}

/**
 * The same relations into a database that held no :Entity when the load began: both ends were
 * created by this load, so no relationship can be there to merge into, and a plan holds one row
 * per (source, type, target) (planLoad refuses two). CREATE skips MERGE's look for one.
 */
export function createRelations(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:${assertRelationType(type)} {weight: row.weight, register: row.register, sentences: row.sentences, docs: row.docs,
    statedIn: row.statedIn, firstSeen: row.firstSeen, lastSeen: row.lastSeen, years: row.years}]->(b)`;
}

export const MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.doc})
MERGE (e)-[m:MENTIONED_IN {sentence: row.sentence, start: row.start}]->(d)
SET m.end = row.end, m.text = row.text, m.date = row.date`;

/** MENTIONS into a database that held no :Entity when the load began (one row per key: mentionRecords keeps each once). */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.doc})
CREATE (e)-[m:MENTIONED_IN {sentence: row.sentence, start: row.start, end: row.end, text: row.text, date: row.date}]->(d)`;

/**
 * `--wipe`, in auto-commit transactions of $size rows each (CALL … IN TRANSACTIONS), so that no
 * transaction grows with the graph: first the relationships leaving the project's nodes, then
 * those arriving from other nodes, then the nodes, which by then have few or none left (a node
 * with 100,000 mentions would otherwise be one huge delete).
 */
export const WIPE = [
  `MATCH (:${MARKER_LABEL})-[r]->()
CALL { WITH r DELETE r } IN TRANSACTIONS OF $size ROWS`,
  `MATCH (:${MARKER_LABEL})<-[r]-()
CALL { WITH r DELETE r } IN TRANSACTIONS OF $size ROWS`,
  `MATCH (n:${MARKER_LABEL})
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF $size ROWS`,
];
