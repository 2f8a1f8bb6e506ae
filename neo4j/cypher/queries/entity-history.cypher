// @title One entity's history across reports
// @question How has one entity (by name or alias) been stated over time: document by document in date order, how often it is mentioned, one sentence, and the relations that document states about it?
// @param entity = 徐州市
// @param limit = 100
MATCH (e:Entity) WHERE e.name = $entity OR $entity IN e.aliases
MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, d, m ORDER BY m.start
WITH e, d, collect(m) AS ms
RETURN e.name AS entity, d.date AS date, d.title AS document, d.file AS file, size(ms) AS mentions,
       [x IN ms WHERE x.text IS NOT NULL][0].text AS sentence,
       [(e)-[r]->(o:Entity) WHERE d.id IN r.statedIn | "→ " + type(r) + " " + o.name]
         + [(e)<-[r]-(o:Entity) WHERE d.id IN r.statedIn | "← " + type(r) + " " + o.name] AS relations
ORDER BY date IS NULL, date, file
LIMIT $limit
