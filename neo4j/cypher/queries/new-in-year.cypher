// @title What is new in a year
// @question Which entities and relations were first stated in a given year (in a document of that year, and in no earlier dated document), and where?
// @param year = 2024
// @param limit = 200
CALL {
  MATCH (e:Entity) WHERE e.years[0] = $year
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document) WHERE d.date = e.firstSeen
  WITH e, d, m ORDER BY d.file, m.start
  WITH e, collect(d)[0] AS d, [x IN collect(m) WHERE x.text IS NOT NULL][0] AS m
  RETURN "entity" AS what, [l IN labels(e) WHERE NOT l IN ["Entity", "HkgData"]][0] AS type, e.name AS name,
         e.firstSeen AS firstSeen, d.title AS document, m.text AS sentence
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.years[0] = $year
  OPTIONAL MATCH (d:Document) WHERE d.id IN r.statedIn AND d.date = r.firstSeen
  WITH a, r, b, d ORDER BY d.file
  WITH a, r, b, collect(d)[0] AS d
  RETURN "relation" AS what, type(r) AS type, a.name + " → " + b.name AS name,
         r.firstSeen AS firstSeen, d.title AS document, r.sentences[0] AS sentence
}
RETURN what, type, name, firstSeen, document, sentence
ORDER BY firstSeen, what, type, name
LIMIT $limit
