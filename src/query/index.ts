// Stage "query": the analyst Cypher library and running it. CLI: src/cli/commands/query.ts.
export { bindParams, LIBRARY_DIR, listLibrary, parseQuery, QueryLibraryError, resolveQuery } from "./library.ts";
export type { LibraryQuery, ParamType, QueryParam } from "./library.ts";
export { runQuery } from "./run.ts";
export type { QueryResultRows } from "./run.ts";
export { displayWidth, format, FORMATS } from "./format.ts";
export type { Format } from "./format.ts";
