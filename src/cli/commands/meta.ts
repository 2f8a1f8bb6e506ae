// Each subcommand's name and one-line description, apart from its code: `hkg --help` lists them
// without loading any command (build alone pulls in the whole pipeline).
export const COMMAND_META = {
  build: { name: "build", description: "Read documents (.txt, .md, .html; folders recursively) and write graph.json, graph.gexf, graph.graphml and graph.cypher" },
  serve: { name: "serve", description: "Open a graph in the browser viewer: serves the viewer and graph.json or .gexf on 127.0.0.1" },
  load: { name: "load", description: `Load graph.json into Neo4j (NEO4J_URI or NEO4J_PORT, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE); merges, so loading twice changes nothing, and removes what an earlier load wrote that this graph no longer holds` },
  query: { name: "query", description: "Run a library query (hkg query --list) or a .cypher file against Neo4j" },
  queries: { name: "queries", description: "List the analyst query library (same as hkg query --list)" },
  eval: { name: "eval", description: "Score a graph against gold files (docs/ontology.md): precision, recall and F1 for nodes and edges, per type" },
} as const;
