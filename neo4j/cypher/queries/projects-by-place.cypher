// @title Projects by zone and district
// @question Where are the projects: in which zone, district and city (following LOCATED_IN, then PART_OF upwards)?
// @param limit = 100
MATCH (p:Project)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(place:Entity)
OPTIONAL MATCH (place)-[:PART_OF*0..3]->(z:Zone)
OPTIONAL MATCH (place)-[:PART_OF*0..3]->(d:District)
OPTIONAL MATCH (place)-[:PART_OF*0..3]->(c:City)
WITH p, head(collect(DISTINCT z.name)) AS zone, head(collect(DISTINCT d.name)) AS district, head(collect(DISTINCT c.name)) AS city
RETURN coalesce(zone, "-") AS zone, coalesce(district, "-") AS district, coalesce(city, "-") AS city,
       count(p) AS projects, collect(p.name)[..10] AS examples
ORDER BY zone = "-", projects DESC, zone
LIMIT $limit
