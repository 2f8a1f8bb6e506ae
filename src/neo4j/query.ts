// Runs one library query read-only and returns plain rows.
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "./connection.ts";
import type { LibraryQuery, ParamType } from "./query-library.ts";
import { toPlain, type Plain } from "./values.ts";

export interface QueryResultRows {
  columns: string[];
  rows: Record<string, Plain>[];
}

/** Integers go over Bolt as Neo4j integers: a JS number is a float, which LIMIT or range() refuse. */
function toBolt(params: Record<string, string | number | boolean>, query: LibraryQuery): Record<string, unknown> {
  const types = new Map<string, ParamType>(query.params.map((p) => [p.name, p.type]));
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && (types.get(k) ?? (Number.isInteger(v) ? "integer" : "float")) === "integer" ? neo4j.int(v) : v]),
  );
}

export async function runQuery(
  driver: Driver,
  config: Neo4jConfig,
  query: LibraryQuery,
  params: Record<string, string | number | boolean>,
): Promise<QueryResultRows> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query.text, toBolt(params, query)));
    const columns = result.records[0]?.keys.map(String) ?? [];
    return { columns, rows: result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))]))) };
  } finally {
    await session.close();
  }
}
