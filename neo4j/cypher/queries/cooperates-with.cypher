// @title Who cooperates with an entity
// @question Who works with the entity: COOPERATES_WITH edges, and entities named in a sentence that names it together with a word of joint work?
// @param name = 徐州市
// @param words = 合作|共建|对接|联合|协同|携手
// (words are matched as plain text, separated by |; no regular expression)
MATCH (x:Entity) WHERE x.name = $name OR $name IN x.aliases
CALL (x) {
  MATCH (x)-[r:COOPERATES_WITH]-(o:Entity)
  RETURN o, "COOPERATES_WITH" AS basis, r.sentences[0] AS evidence
  UNION
  MATCH (o:Entity)-[m:MENTIONED_IN]->(:Document)
  WHERE o <> x AND any(n IN [x.name] + x.aliases WHERE m.text CONTAINS n)
    AND any(w IN split($words, "|") WHERE w <> "" AND m.text CONTAINS w)
  RETURN o, "same sentence" AS basis, m.text AS evidence
}
WITH o, basis, collect(evidence)[0] AS evidence
RETURN o.name AS partner, [l IN labels(o) WHERE NOT l IN ["Entity", "HkgData"]][0] AS type, basis, evidence
ORDER BY basis, type, partner
