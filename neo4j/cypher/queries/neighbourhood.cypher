// @title Everything within two hops of an entity
// @question What is connected to the entity by at most two ontology relations (any direction), and how far away?
// @param name = 徐州市
// @param limit = 100
MATCH (n:Entity) WHERE n.name = $name OR $name IN n.aliases
MATCH p = (n)-[:PART_OF|MEMBER_OF|LOCATED_IN|HOSTED_BY|COOPERATES_WITH|CONNECTS|LEADS*1..2]-(m:Entity)
WHERE m <> n
WITH m, min(length(p)) AS hops, collect(DISTINCT [r IN relationships(p) | type(r)])[0] AS via
RETURN m.name AS entity, [l IN labels(m) WHERE NOT l IN ["Entity", "HkgData"]][0] AS type, hops, via
ORDER BY hops, type, entity
LIMIT $limit
