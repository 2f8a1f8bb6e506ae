// The library: what `import { … } from "huaihai-kg"` gives (docs/library.md). Small on purpose:
// build a graph from files or from texts, write it, load it into Neo4j, score it against gold,
// serve it in the viewer. Everything else in src/ is the command's business and may change.
export { build, buildFromTexts } from "./pipeline/index.ts";
export type { BuildOptions, BuildResult, BuildSummary, Stage, TextInput } from "./pipeline/index.ts";
export type { KnowledgeGraph } from "./graph/index.ts";
export type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, NodeType, RelationType } from "./ontology/index.ts";
export { NODE_TYPES, RELATION_TYPES } from "./ontology/index.ts";

export { exportGraph, OUTPUT_FILES, toGexf, toGraphml, toJson } from "./export/index.ts";
export type { ExportOptions, GexfOptions, GexfVersion, GraphmlOptions } from "./export/index.ts";
export { GraphFileError, readGraphFile } from "./graph-file/index.ts";
export type { SerializedGraph } from "./graph-file/index.ts";

export { configFromEnv, LoadError, loadGraph, loadGraphFile, Neo4jConnectError, toCypher, toNeo4jCsv, toRecords } from "./neo4j/index.ts";
export type { GraphRecords } from "./neo4j/index.ts";
export type { LoadFileOptions, LoadFileResult, Neo4jConfig } from "./neo4j/index.ts";

export { EvalInputError, evaluate, evaluateGold, formatReport, readGoldDir } from "./eval/index.ts";
export type { EvalReport, GoldFile, Scores } from "./eval/index.ts";

export { startServer } from "./serve/index.ts";
export type { RunningServer, ServeOptions } from "./serve/index.ts";
