// @title Infrastructure linking two places
// @question Which railways, highways, ports or train services link the two places: CONNECTS edges to each (or to a district inside it), or a sentence naming the line and both places?
// @param from = 徐州市
// @param to = 连云港市
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH (i:Infrastructure)
WITH a, b, i,
     EXISTS { (i)-[:CONNECTS]->()-[:PART_OF*0..2]->(a) } AND EXISTS { (i)-[:CONNECTS]->()-[:PART_OF*0..2]->(b) } AS connects
OPTIONAL MATCH (i)-[m:MENTIONED_IN]->(:Document)
  WHERE any(n IN [a.name] + a.aliases WHERE m.text CONTAINS n) AND any(n IN [b.name] + b.aliases WHERE m.text CONTAINS n)
WITH i, connects, collect(DISTINCT m.text) AS sentences
WHERE connects OR size(sentences) > 0
RETURN i.name AS infrastructure, CASE WHEN connects THEN "CONNECTS" ELSE "same sentence" END AS basis, sentences[0] AS evidence
ORDER BY basis, infrastructure
