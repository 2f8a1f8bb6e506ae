// Writes a LoadPlan to Neo4j: schema first, then batches of UNWIND … MERGE, each batch its own
// transaction, so a failure leaves whole batches behind and a re-run (all MERGE) completes it.
import { readFile } from "node:fs/promises";
import type { Driver, QueryResult } from "neo4j-driver";
import type { KnowledgeGraph } from "../graph/index.ts";
import { readGraphFile, type SerializedGraph } from "../graph-file/index.ts";
import { connect, describeNeo4jError, type Neo4jConfig } from "./connection.ts";
import { planCounts, planLoad, type LoadPlan, type PlanCounts } from "./plan.ts";
import { pruneStale } from "./prune.ts";
import { splitCypher } from "./script.ts";
import * as cypher from "./statements.ts";

export const DEFAULT_BATCH = 500;
export const SCHEMA_FILE = new URL("../../neo4j/cypher/schema.cypher", import.meta.url);

export type Phase = "documents" | "entities" | "relations" | "mentions";
const PHASES: Phase[] = ["documents", "entities", "relations", "mentions"];

export interface Progress {
  done: number;
  total: number;
  phase: Phase;
  /** the label or relationship type of the batch */
  group: string;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (p: Progress) => void;
}

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
  constraintsAdded: number;
  indexesAdded: number;
}

export interface LoadSummary {
  counters: Counters;
  /** rows merged per phase (created + already there) */
  rows: Record<Phase, number>;
  batches: number;
  schemaStatements: number;
  seconds: number;
}

/** What was and was not committed when a load stopped, for the message and for callers. */
export interface LoadState {
  schema: boolean;
  batches: Record<Phase, { done: number; total: number }>;
}

export class LoadError extends Error {
  override name = "LoadError";
  constructor(
    message: string,
    readonly state: LoadState,
  ) {
    super(message);
  }
}

interface Batch {
  phase: Phase;
  group: string;
  text: string;
  rows: unknown[];
}

function batches(plan: LoadPlan, size: number): Batch[] {
  const out: Batch[] = [];
  const add = (phase: Phase, group: string, text: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += size) out.push({ phase, group, text, rows: rows.slice(i, i + size) });
  };
  add("documents", "Document", cypher.DOCUMENTS, plan.documents);
  for (const [type, rows] of plan.entities) add("entities", type, cypher.entities(type), rows);
  for (const [type, rows] of plan.relations) add("relations", type, cypher.relations(type), rows);
  add("mentions", "MENTIONED_IN", cypher.MENTIONS, plan.mentions);
  return out;
}

const ZERO: Counters = {
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
  constraintsAdded: 0,
  indexesAdded: 0,
};

function addCounters(total: Counters, result: QueryResult): void {
  const u = result.summary.counters.updates() as Partial<Counters>;
  for (const k of Object.keys(total) as (keyof Counters)[]) total[k] += u[k] ?? 0;
}

export async function readSchema(file: URL | string = SCHEMA_FILE): Promise<string[]> {
  return splitCypher(await readFile(file, "utf8"));
}

export async function loadPlan(driver: Driver, config: Neo4jConfig, plan: LoadPlan, options: LoadOptions = {}): Promise<LoadSummary> {
  const t0 = performance.now();
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const work = batches(plan, size);
  const state: LoadState = {
    schema: false,
    batches: Object.fromEntries(PHASES.map((p) => [p, { done: 0, total: work.filter((b) => b.phase === p).length }])) as LoadState["batches"],
  };
  const counters = { ...ZERO };
  const session = driver.session({ database: config.database });
  let current = "schema";
  try {
    const schema = await readSchema();
    for (const statement of schema) addCounters(counters, await session.executeWrite((tx) => tx.run(statement)));
    state.schema = true;
    for (const [i, batch] of work.entries()) {
      current = `batch ${i + 1}/${work.length} (${batch.phase} ${batch.group})`;
      const result = await session.executeWrite((tx) => tx.run(batch.text, { rows: batch.rows }));
      addCounters(counters, result);
      state.batches[batch.phase].done++;
      options.onProgress?.({ done: i + 1, total: work.length, phase: batch.phase, group: batch.group });
    }
    return {
      counters,
      rows: {
        documents: plan.documents.length,
        entities: [...plan.entities.values()].reduce((n, r) => n + r.length, 0),
        relations: [...plan.relations.values()].reduce((n, r) => n + r.length, 0),
        mentions: plan.mentions.length,
      },
      batches: work.length,
      schemaStatements: schema.length,
      seconds: (performance.now() - t0) / 1000,
    };
  } catch (err) {
    throw new LoadError(`load into ${config.uri} stopped at ${current}: ${describeNeo4jError(err, config)}\n${describeState(state)}`, state);
  } finally {
    await session.close();
  }
}

export function describeState(state: LoadState): string {
  const parts = PHASES.map((p) => `${p} ${state.batches[p].done}/${state.batches[p].total}`);
  const complete = state.schema && PHASES.every((p) => state.batches[p].done === state.batches[p].total);
  return (
    `committed: schema ${state.schema ? "yes" : "no"}; batches ${parts.join(", ")}` +
    (complete ? "" : ". Everything not committed was not written; run hkg load again to complete (it merges, so nothing doubles).")
  );
}

/** Removes every node `hkg load` wrote (label HkgData) with its relationships; nothing else. */
export async function wipeProjectData(driver: Driver, config: Neo4jConfig, slice = 5000): Promise<number> {
  // LIMIT takes a Neo4j integer; a JS number goes over Bolt as a float
  const { int } = (await import("neo4j-driver")).default;
  const session = driver.session({ database: config.database });
  let total = 0;
  try {
    for (;;) {
      const result = await session.executeWrite((tx) => tx.run(cypher.WIPE_SLICE, { limit: int(slice) }));
      const deleted = Number(result.records[0]?.get("deleted") ?? 0);
      total += deleted;
      if (deleted < slice) return total;
    }
  } catch (err) {
    throw new LoadError(`wipe of ${config.uri} failed after ${total} nodes: ${describeNeo4jError(err, config)}`, {
      schema: false,
      batches: Object.fromEntries(PHASES.map((p) => [p, { done: 0, total: 0 }])) as LoadState["batches"],
    });
  } finally {
    await session.close();
  }
}

/** pruneStale, with a failure reported as a LoadError: the load itself is complete by then. */
async function prune(driver: Driver, config: Neo4jConfig, plan: LoadPlan) {
  try {
    return await pruneStale(driver, config.database, plan);
  } catch (err) {
    const done = Object.fromEntries(PHASES.map((p) => [p, { done: 1, total: 1 }])) as LoadState["batches"];
    throw new LoadError(
      `the graph is loaded into ${config.uri}, but removing what it no longer holds stopped: ${describeNeo4jError(err, config)}; run hkg load again to finish`,
      { schema: true, batches: done },
    );
  }
}

export interface LoadFileOptions extends LoadOptions {
  /** remove what an earlier load wrote (label HkgData) first */
  wipe?: boolean;
  /** keep what earlier loads wrote that this graph no longer holds (default: remove it, so the database follows the build) */
  keep?: boolean;
}

export interface LoadFileResult extends LoadSummary {
  expected: PlanCounts;
  /** nodes removed by --wipe */
  wiped: number;
  /** what earlier loads wrote that this graph no longer holds, removed after the load */
  pruned: { nodes: number; relationships: number };
}

/** Reads, checks and loads one graph file; nothing is written if the file is bad or the server unreachable. */
export async function loadGraphFile(path: string, config: Neo4jConfig, options: LoadFileOptions = {}): Promise<LoadFileResult> {
  return loadGraph(await readGraphFile(path), config, options);
}

/** Checks and loads a graph (built in this process, or as read from a file); nothing is written if it is bad or the server unreachable. */
export async function loadGraph(graph: KnowledgeGraph | SerializedGraph, config: Neo4jConfig, options: LoadFileOptions = {}): Promise<LoadFileResult> {
  const plan = planLoad("export" in graph && typeof graph.export === "function" ? (graph.export() as unknown as SerializedGraph) : (graph as SerializedGraph));
  const driver = await connect(config);
  try {
    const t0 = performance.now();
    const wiped = options.wipe ? await wipeProjectData(driver, config) : 0;
    const summary = await loadPlan(driver, config, plan, options);
    const pruned = options.keep ? { nodes: 0, relationships: 0 } : await prune(driver, config, plan);
    return { ...summary, seconds: (performance.now() - t0) / 1000, expected: planCounts(plan), wiped, pruned };
  } finally {
    await driver.close();
  }
}
