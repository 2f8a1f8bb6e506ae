// @title Shortest path between two entities
// @question How are two entities connected: the shortest chain of ontology relations between them (set via_documents=true to also go through documents that mention both)?
// @param from = 泉山区
// @param to = 淮海经济区
// @param via_documents = false
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE $via_documents OR none(r IN relationships(p) WHERE type(r) = "MENTIONED_IN")
RETURN [x IN nodes(p) | coalesce(x.name, x.title, x.id)] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       length(p) AS hops
ORDER BY hops
LIMIT 5
