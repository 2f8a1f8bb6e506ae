// @title Most connected entities
// @question Which entities have the most ontology relations (degree, either direction), and how often are they mentioned?
// @param limit = 20
MATCH (n:Entity)
WITH n, COUNT { (n)-[:PART_OF|MEMBER_OF|LOCATED_IN|HOSTED_BY|COOPERATES_WITH|CONNECTS|LEADS]-() } AS degree
WHERE degree > 0
RETURN n.name AS entity, [l IN labels(n) WHERE NOT l IN ["Entity", "HkgData"]][0] AS type, degree, n.mentions AS mentions
ORDER BY degree DESC, mentions DESC, entity
LIMIT $limit
