// @title Zones ranked by number of projects
// @question Which development zones and parks hold the most projects (LOCATED_IN the zone or a zone inside it), and how many projects do their sentences name?
// @param limit = 30
MATCH (z:Zone)
OPTIONAL MATCH (p:Project)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(z)
WITH z, count(DISTINCT p) AS located
OPTIONAL MATCH (z)-[m:MENTIONED_IN]->(:Document)<-[:MENTIONED_IN]-(q:Project)
  WHERE m.text CONTAINS q.name
WITH z, located, count(DISTINCT q) AS namedWith
OPTIONAL MATCH (z)-[:PART_OF]->(parent:Entity)
RETURN z.name AS zone, parent.name AS partOf, located AS projects, namedWith
ORDER BY projects DESC, namedWith DESC, zone
LIMIT $limit
