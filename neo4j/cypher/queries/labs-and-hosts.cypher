// @title Labs and their hosts
// @question Which laboratories are there, which organisation hosts each (HOSTED_BY), and where are they?
// @param limit = 50
MATCH (l:Lab)
OPTIONAL MATCH (l)-[h:HOSTED_BY]->(host:Entity)
OPTIONAL MATCH (l)-[:LOCATED_IN]->(place:Entity)
WITH l, collect(DISTINCT host.name) AS hostedBy, collect(DISTINCT place.name) AS locatedIn, head(collect(h.sentences[0])) AS evidence
RETURN l.name AS lab, hostedBy, locatedIn, l.mentions AS mentions, evidence
ORDER BY size(hostedBy) DESC, mentions DESC, lab
LIMIT $limit
