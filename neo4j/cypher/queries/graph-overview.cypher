// @title What the graph holds
// @question How many entities of each type, documents, and relationships of each type are loaded?
// @param limit = 50
CALL () {
  MATCH (n:Entity)
  UNWIND [l IN labels(n) WHERE NOT l IN ["Entity", "HkgData"]] AS kind
  RETURN "node" AS what, kind, count(*) AS count
  UNION ALL
  MATCH (d:Document)
  RETURN "node" AS what, "Document" AS kind, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->()
  RETURN "relationship" AS what, type(r) AS kind, count(*) AS count
}
RETURN what, kind, count
ORDER BY what, count DESC, kind
LIMIT $limit
