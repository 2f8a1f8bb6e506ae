// @title Huaihai cities and what connects them
// @question Which cities belong to the region, in which province is each, and which infrastructure serves it (a CONNECTS edge, or named in a sentence that names the city)?
// @param region = 淮海经济区
MATCH (r:Region) WHERE r.name = $region OR $region IN r.aliases
MATCH (c:City)-[:MEMBER_OF]->(r)
OPTIONAL MATCH (c)-[:PART_OF]->(p:Province)
OPTIONAL MATCH (i:Infrastructure)-[:CONNECTS]->()-[:PART_OF*0..2]->(c)
WITH c, p, collect(DISTINCT i.name) AS connectedBy
OPTIONAL MATCH (j:Infrastructure)-[m:MENTIONED_IN]->(:Document)
  WHERE any(n IN [c.name] + c.aliases WHERE m.text CONTAINS n)
RETURN c.name AS city, p.name AS province, connectedBy, collect(DISTINCT j.name) AS namedWith
ORDER BY size(connectedBy) + size(namedWith) DESC, city
