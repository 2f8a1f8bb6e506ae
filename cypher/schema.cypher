// Schema for the huaihai-kg graph in Neo4j. Run by `hkg load` before any data; every
// statement is IF NOT EXISTS, so running it again changes nothing.
CREATE CONSTRAINT hkg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hkg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX hkg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
