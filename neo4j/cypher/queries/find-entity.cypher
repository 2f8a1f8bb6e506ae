// @title Find entities by name
// @question Which entities have a name or alias containing the text, and how often are they mentioned?
// @param text = 徐州
// @param limit = 50
MATCH (n:Entity)
WHERE n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
RETURN n.name AS entity, [l IN labels(n) WHERE NOT l IN ["Entity", "HkgData"]][0] AS type, n.aliases AS aliases,
       n.code AS code, n.mentions AS mentions, n.implied AS implied
ORDER BY mentions DESC, entity
LIMIT $limit
