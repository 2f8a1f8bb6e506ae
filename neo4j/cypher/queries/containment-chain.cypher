// @title Administrative chain of a place
// @question Where does a place sit: its chain of PART_OF up to the province (and regions its cities belong to)?
// @param name = 泉山区
MATCH (n:Entity) WHERE n.name = $name OR $name IN n.aliases
MATCH p = (n)-[:PART_OF*0..5]->(top:Entity)
WHERE NOT (top)-[:PART_OF]->()
OPTIONAL MATCH (x)-[:MEMBER_OF]->(r:Region) WHERE x IN nodes(p)
RETURN [y IN nodes(p) | y.name] AS chain, [y IN nodes(p) | y.code] AS codes, collect(DISTINCT r.name) AS regions
