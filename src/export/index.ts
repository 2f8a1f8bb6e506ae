import type { KnowledgeGraph } from "../graph/index.ts";
import { writeFilesAtomically } from "../graph-file/index.ts";
import { toCypher, toNeo4jCsv, toRecords, type CypherOptions } from "../neo4j/index.ts";
import { toGexf, type GexfOptions } from "./gexf.ts";
import { toGraphml, type GraphmlOptions } from "./graphml.ts";
import { toJson } from "./json.ts";

export { toJson } from "./json.ts";
export { toGexf, type GexfOptions, type GexfVersion } from "./gexf.ts";
export { toGraphml, type GraphmlOptions } from "./graphml.ts";

export interface ExportOptions {
  gexf?: GexfOptions;
  graphml?: GraphmlOptions;
  cypher?: CypherOptions;
  /** also write the neo4j-admin bulk-import CSVs (hkg build --csv) */
  csv?: boolean;
}

export const OUTPUT_FILES = ["graph.json", "graph.gexf", "graph.graphml", "graph.cypher"] as const;

/**
 * Writes graph.json, graph.gexf, graph.graphml and graph.cypher (and with `csv` the neo4j-admin
 * CSVs) into `dir`, all or none. Returns the paths written.
 */
export async function exportGraph(graph: KnowledgeGraph, dir: string, options: ExportOptions = {}): Promise<string[]> {
  const records = toRecords(graph);
  return writeFilesAtomically(dir, {
    "graph.json": toJson(graph),
    "graph.gexf": toGexf(graph, options.gexf),
    "graph.graphml": toGraphml(graph, options.graphml),
    "graph.cypher": toCypher(records, options.cypher),
    ...(options.csv ? toNeo4jCsv(records) : {}),
  });
}
