// Schema for the huaihai-kg graph in Neo4j. Run by `hkg load` before any data; every
// statement is IF NOT EXISTS, so running it again changes nothing. The same statements open
// graph.cypher (SCHEMA_STATEMENTS in src/neo4j/statements.ts); a test keeps the two equal.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
