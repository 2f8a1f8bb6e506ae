// @title Evidence behind a relation
// @question Which sentences, in which documents, support the relations between two entities (either direction)? Register edges (from the administrative register) have none.
// @param head = 云龙湖实验室
// @param tail = 中国矿业大学
MATCH (a:Entity) WHERE a.name = $head OR $head IN a.aliases
MATCH (b:Entity) WHERE b.name = $tail OR $tail IN b.aliases
MATCH (a)-[r]-(b)
WITH startNode(r) AS s, r, endNode(r) AS t
UNWIND CASE WHEN size(r.sentences) = 0 THEN [null] ELSE range(0, size(r.sentences) - 1) END AS i
OPTIONAL MATCH (d:Document {id: r.docs[i]})
RETURN s.name AS head, type(r) AS relation, t.name AS tail, r.weight AS weight, r.register AS register,
       d.file AS document, r.sentences[i] AS sentence
ORDER BY relation, document
