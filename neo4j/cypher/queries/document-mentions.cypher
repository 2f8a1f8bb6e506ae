// @title What a document mentions
// @question Which entities does one document (by file name or id) mention, with a sentence for each?
// @param doc = 000_e52ba6abb9946715.txt
// @param limit = 200
MATCH (d:Document) WHERE d.file = $doc OR d.id = $doc
MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
WITH d, e, m ORDER BY m.start
WITH d, e, collect(m) AS ms
RETURN d.title AS document, [l IN labels(e) WHERE NOT l IN ["Entity", "HkgData"]][0] AS type, e.name AS entity,
       size(ms) AS mentions, ms[0].start AS firstAt, [x IN ms WHERE x.text IS NOT NULL][0].text AS sentence
ORDER BY firstAt
LIMIT $limit
