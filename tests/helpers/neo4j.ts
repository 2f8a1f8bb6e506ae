// The tests' way to the real Neo4j that `npm run neo4j:start` runs. Unreachable: the Neo4j
// suites skip with the reason locally, and fail in CI (CI=true), where a skip would hide a gap.
import type { Driver } from "neo4j-driver";
import { configFromEnv, connect, type Neo4jConfig } from "../../src/neo4j/index.ts";

export const config: Neo4jConfig = configFromEnv();

export interface Probe {
  available: boolean;
  reason: string;
}

export async function probeNeo4j(): Promise<Probe> {
  try {
    const driver = await connect(config);
    await driver.close();
    return { available: true, reason: "" };
  } catch (err) {
    const reason = `${(err as Error).message} — start it with npm run neo4j:start`;
    if (process.env.CI === "true") throw new Error(`CI needs a running Neo4j: ${reason}`);
    console.warn(`skipping Neo4j tests: ${reason}`);
    return { available: false, reason };
  }
}

export async function withDriver<T>(fn: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = await connect(config);
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

export async function run(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(cypher, params, { database: config.database });
  return result.records.map((r) => r.toObject());
}

/** Removes every :Entity and :Document, also ones graph.cypher wrote (which carry no HkgData marker). Tests only. */
export async function wipeAll(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) WHERE n:Entity OR n:Document OR n:NotOurs DETACH DELETE n", {}, { database: config.database });
}

export interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** every node's and relationship's labels/type and properties, sorted: equal snapshots mean equal data */
  fingerprint: string[];
}

/** What the database holds of the project's data, ignoring the HkgData marker (graph.cypher does not set it). */
export async function snapshot(driver: Driver): Promise<Snapshot> {
  const nodes = await run(
    driver,
    `MATCH (n) WHERE n:Entity OR n:Document
     RETURN [l IN labels(n) WHERE l <> "HkgData"] AS labels, properties(n) AS props`,
  );
  const rels = await run(
    driver,
    `MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Document) AND (b:Entity OR b:Document)
     RETURN type(r) AS type, coalesce(a.id, "") AS a, coalesce(b.id, "") AS b, properties(r) AS props`,
  );
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const fingerprint: string[] = [];
  for (const n of nodes) {
    const ls = [...(n.labels as string[])].sort();
    for (const l of ls) labels[l] = (labels[l] ?? 0) + 1;
    fingerprint.push(`node ${ls.join(":")} ${stable(n.props)}`);
  }
  for (const r of rels) {
    types[r.type as string] = (types[r.type as string] ?? 0) + 1;
    fingerprint.push(`rel ${r.type} ${r.a} ${r.b} ${stable(r.props)}`);
  }
  fingerprint.sort();
  return { labels, types, fingerprint };
}

function stable(value: unknown): string {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && !("low" in (value as object))) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(",")}}`;
  }
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value !== null && typeof value === "object") return String(value); // neo4j Integer
  return JSON.stringify(value);
}
