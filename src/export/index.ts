import type { KnowledgeGraph } from "../graph/index.ts";
import { writeFilesAtomically } from "../graph-file/index.ts";
import { cypherPieces, neo4jCsvPieces, recordStream, type CypherOptions } from "../neo4j/index.ts";
import { gexfPieces, type GexfOptions } from "./gexf.ts";
import { graphmlPieces, type GraphmlOptions } from "./graphml.ts";
import { jsonPieces } from "./json.ts";

export { jsonPieces, toJson } from "./json.ts";
export { gexfPieces, toGexf, type GexfOptions, type GexfVersion } from "./gexf.ts";
export { graphmlPieces, toGraphml, type GraphmlOptions } from "./graphml.ts";

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
 * CSVs) into `dir`, all or none. Returns the paths written. Each file is written as its writer
 * produces it, a piece at a time: a large graph's outputs are never held as strings.
 */
export async function exportGraph(graph: KnowledgeGraph, dir: string, options: ExportOptions = {}): Promise<string[]> {
  const records = recordStream(graph);
  return writeFilesAtomically(dir, {
    "graph.json": jsonPieces(graph),
    "graph.gexf": gexfPieces(graph, options.gexf),
    "graph.graphml": graphmlPieces(graph, options.graphml),
    "graph.cypher": cypherPieces(records, options.cypher),
    ...(options.csv ? neo4jCsvPieces(records) : {}),
  });
}
