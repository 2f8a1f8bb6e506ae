// The Neo4j wing: everything that writes the graph into Neo4j or reads it back.
//   records.ts     graph → property-graph rows (the one mapping every Neo4j output uses)
//   statements.ts  the Cypher that writes them (labels from the ontology only, values as parameters)
//   cypher-file.ts graph.cypher for cypher-shell;  csv.ts  the neo4j-admin bulk-import CSVs
//   plan.ts        graph.json → checked rows;  load.ts  rows → Neo4j in batches (hkg load)
//   query-*.ts     the analyst query library in neo4j/cypher/queries and running it (hkg query)
//   connection.ts  where Neo4j is (one rule for hkg, the tests and npm run neo4j:start)
// The driver (~0.3 s to import) is loaded only when a server is contacted, so hkg build, which
// writes graph.cypher and the CSVs from here, never loads it.
import type { Driver } from "neo4j-driver";
import type { Neo4jConfig } from "./connection.ts";
import type { LibraryQuery } from "./query-library.ts";
import type { QueryResultRows } from "./query.ts";

export { configFromEnv, connect, DEFAULT_CONFIG, describeNeo4jError, localBoltPort, Neo4jConnectError } from "./connection.ts";
export type { Neo4jConfig } from "./connection.ts";
export { recordStream, toRecords } from "./records.ts";
export type { DocumentRecord, EntityRecord, GraphRecords, MentionRecord, RecordStream, RelationRecord } from "./records.ts";
export { MARKER_LABEL, SCHEMA_STATEMENTS } from "./statements.ts";
export { cypherPieces, literal, toCypher } from "./cypher-file.ts";
export type { CypherOptions } from "./cypher-file.ts";
export { ARRAY_DELIMITER, CSV_FILES, NEO4J_IMPORT_ARGS, neo4jCsvPieces, toNeo4jCsv } from "./csv.ts";
export { splitCypher } from "./script.ts";
export { MAX_INDEXED_BYTES, planCounts, planLoad } from "./plan.ts";
export type { LoadPlan, PlanCounts } from "./plan.ts";
export { DEFAULT_BATCH, describeState, LoadError, loadGraph, loadGraphFile, loadPlan, readSchema, wipeProjectData } from "./load.ts";
export type { Counters, WipeCounts, LoadFileOptions, LoadFileResult, LoadOptions, LoadState, LoadSummary, Phase, Progress } from "./load.ts";
export { bindParams, LIBRARY_DIR, listLibrary, parseQuery, QueryLibraryError, resolveQuery } from "./query-library.ts";
export type { LibraryQuery, ParamType, QueryParam } from "./query-library.ts";
export { displayWidth, format, FORMATS } from "./query-format.ts";
export type { Format } from "./query-format.ts";
export type { QueryResultRows } from "./query.ts";
export type { Plain } from "./values.ts";

/** Runs one library query read-only and returns plain rows (numbers, strings, lists, maps). */
export async function runQuery(
  driver: Driver,
  config: Neo4jConfig,
  query: LibraryQuery,
  params: Record<string, string | number | boolean>,
): Promise<QueryResultRows> {
  return (await import("./query.ts")).runQuery(driver, config, query, params);
}
