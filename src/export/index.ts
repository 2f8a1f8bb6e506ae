import { toRecords, type KnowledgeGraph } from "../graph/index.ts";
import { writeFilesAtomically } from "./atomic.ts";
import { toCypher, type CypherOptions } from "./cypher.ts";
import { toGexf, type GexfOptions } from "./gexf.ts";
import { toJson } from "./json.ts";

export { toJson } from "./json.ts";
export { toGexf, type GexfOptions } from "./gexf.ts";
export { toCypher, literal, type CypherOptions } from "./cypher.ts";
export { SCHEMA_STATEMENTS } from "../neo4j/statements.ts";
export { committedPath, readCommitted, recoverOutputs, writeFilesAtomically } from "./atomic.ts";

export interface ExportOptions {
  gexf?: GexfOptions;
  cypher?: CypherOptions;
}

export const OUTPUT_FILES = ["graph.json", "graph.gexf", "graph.cypher"] as const;

/** Writes graph.json, graph.gexf and graph.cypher into `dir`, all or none. Returns the paths written. */
export async function exportGraph(graph: KnowledgeGraph, dir: string, options: ExportOptions = {}): Promise<string[]> {
  return writeFilesAtomically(dir, {
    "graph.json": toJson(graph),
    "graph.gexf": toGexf(graph, options.gexf),
    "graph.cypher": toCypher(toRecords(graph), options.cypher),
  });
}
