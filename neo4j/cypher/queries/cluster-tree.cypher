// @title The industry cluster tree ("343" system)
// @question How do the industry clusters nest: for each cluster, its chain of PART_OF up to the policy system at the top (e.g. 工程机械产业集群 → "343"创新产业集群)?
// @param limit = 200
MATCH (c:IndustryCluster)
OPTIONAL MATCH path = (c)-[:PART_OF*1..5]->(top:IndustryCluster)
  WHERE NOT (top)-[:PART_OF]->(:IndustryCluster)
WITH c, path ORDER BY length(path) DESC
WITH c, head(collect(path)) AS path
WITH c, CASE WHEN path IS NULL THEN [c] ELSE nodes(path) END AS chain
RETURN last(chain).name AS system, c.name AS cluster, size(chain) - 1 AS depth, [n IN chain | n.name] AS chain
ORDER BY system, depth, cluster
LIMIT $limit
