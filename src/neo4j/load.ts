// Writes a LoadPlan to Neo4j: schema first, then batches of UNWIND … MERGE, each batch its own
// transaction, so a failure leaves whole batches behind and a re-run (all MERGE) completes it.
// Into a database that holds no :Entity yet (a first load, or one after --wipe), entities,
// relations and mentions are CREATEd instead: nothing can be there to merge into, and MERGE's
// look for a relationship between two nodes is most of a load's time at scale (bench/README.md).
import { readFile } from "node:fs/promises";
import type { Driver, QueryResult, Session } from "neo4j-driver";
import type { KnowledgeGraph } from "../graph/index.ts";
import { readGraphFile, type SerializedGraph } from "../graph-file/index.ts";
import { connect, describeNeo4jError, type Neo4jConfig } from "./connection.ts";
import { planCounts, planLoad, type LoadPlan, type PlanCounts } from "./plan.ts";
import { pruneStale } from "./prune.ts";
import { splitCypher } from "./script.ts";
import * as cypher from "./statements.ts";
import { MARKER_LABEL } from "./statements.ts";
import { NODE_TYPES, RELATION_TYPES } from "../ontology/index.ts";

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

/** Seconds spent per step, for the benchmark and for anyone asking where a load's time went. */
export type Timings = Record<"schema" | Phase, number>;

export interface LoadSummary {
  counters: Counters;
  /** whether the database held no :Entity before: entities, relations and mentions were created, not merged */
  fresh: boolean;
  timings: Timings;
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

interface Group {
  phase: Phase;
  group: string;
  text: string;
  count: number;
  rows: () => Iterable<unknown>;
}

/**
 * What the load sends, group by group, with the number of rows each will have. `fresh`: the
 * database held no :Entity, so entities, relations and mentions are created (documents are always
 * merged: a few thousand rows, and a load stopped during them leaves documents but no entity).
 */
function groups(plan: LoadPlan, fresh = false): Group[] {
  const c = plan.counts;
  return [
    { phase: "documents", group: "Document", text: cypher.DOCUMENTS, count: c.documents, rows: () => plan.documents },
    ...NODE_TYPES.map((type): Group => ({ phase: "entities", group: type, text: fresh ? cypher.createEntities(type) : cypher.entities(type), count: c.entitiesByType[type] ?? 0, rows: () => plan.entities(type) })),
    ...RELATION_TYPES.map((type): Group => ({ phase: "relations", group: type, text: fresh ? cypher.createRelations(type) : cypher.relations(type), count: c.relationsByType[type] ?? 0, rows: () => plan.relations(type) })),
    { phase: "mentions", group: "MENTIONED_IN", text: fresh ? cypher.CREATE_MENTIONS : cypher.MENTIONS, count: c.mentions, rows: () => plan.mentions() },
  ];
}

/** The batches, each made only when it is about to be sent: one batch of rows in memory at a time. */
function* batches(plan: LoadPlan, size: number, fresh: boolean): Generator<Batch> {
  for (const g of groups(plan, fresh)) {
    let rows: unknown[] = [];
    for (const row of g.rows()) {
      rows.push(row);
      if (rows.length === size) {
        yield { phase: g.phase, group: g.group, text: g.text, rows };
        rows = [];
      }
    }
    if (rows.length) yield { phase: g.phase, group: g.group, text: g.text, rows };
  }
}

function batchTotals(plan: LoadPlan, size: number): Record<Phase, number> {
  const totals = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  for (const g of groups(plan)) totals[g.phase] += Math.ceil(g.count / size);
  return totals;
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
  const totals = batchTotals(plan, size);
  const total = PHASES.reduce((n, p) => n + totals[p], 0);
  const state: LoadState = {
    schema: false,
    batches: Object.fromEntries(PHASES.map((p) => [p, { done: 0, total: totals[p] }])) as LoadState["batches"],
  };
  const counters = { ...ZERO };
  const timings = Object.fromEntries(["schema", ...PHASES].map((p) => [p, 0])) as Timings;
  const session = driver.session({ database: config.database });
  let current = "schema";
  try {
    const schema = await readSchema();
    for (const statement of schema) addCounters(counters, await session.executeWrite((tx) => tx.run(statement)));
    state.schema = true;
    // read once, before the first batch: a load that stops part way leaves entities behind, and
    // its re-run, seeing them, merges
    const fresh = await holdsNoEntity(session);
    let lap = performance.now();
    timings.schema = (lap - t0) / 1000;
    let i = 0;
    for (const batch of batches(plan, size, fresh)) {
      current = `batch ${i + 1}/${total} (${batch.phase} ${batch.group})`;
      const result = await session.executeWrite((tx) => tx.run(batch.text, { rows: batch.rows }));
      addCounters(counters, result);
      state.batches[batch.phase].done++;
      const now = performance.now();
      timings[batch.phase] += (now - lap) / 1000;
      lap = now;
      options.onProgress?.({ done: ++i, total, phase: batch.phase, group: batch.group });
    }
    return {
      counters,
      fresh,
      timings,
      rows: { documents: plan.counts.documents, entities: plan.counts.entities, relations: plan.counts.relations, mentions: plan.counts.mentions },
      batches: total,
      schemaStatements: schema.length,
      seconds: (performance.now() - t0) / 1000,
    };
  } catch (err) {
    throw new LoadError(`load into ${config.uri} stopped at ${current}: ${describeNeo4jError(err, config)}\n${describeState(state)}`, state);
  } finally {
    await session.close();
  }
}

/** No :Entity in the database (the count store answers it without a scan). */
async function holdsNoEntity(session: Session): Promise<boolean> {
  const result = await session.executeRead((tx) => tx.run("MATCH (n:Entity) RETURN count(n) AS n"));
  return Number(result.records[0]!.get("n")) === 0;
}

export function describeState(state: LoadState): string {
  const parts = PHASES.map((p) => `${p} ${state.batches[p].done}/${state.batches[p].total}`);
  const complete = state.schema && PHASES.every((p) => state.batches[p].done === state.batches[p].total);
  return (
    `committed: schema ${state.schema ? "yes" : "no"}; batches ${parts.join(", ")}` +
    (complete ? "" : ". Everything not committed was not written; run hkg load again to complete (it merges, so nothing doubles).")
  );
}

export interface WipeCounts {
  nodes: number;
  relationships: number;
}

/**
 * Removes every node `hkg load` wrote (label HkgData) with its relationships; nothing else. Each
 * statement runs as an auto-commit transaction (session.run: CALL … IN TRANSACTIONS cannot run
 * inside an explicit one) that commits every `size` rows, so a graph of any size is removed in
 * bounded memory; stopped part way, what was committed stays deleted and a re-run finishes.
 */
export async function wipeProjectData(driver: Driver, config: Neo4jConfig, size = DEFAULT_BATCH): Promise<WipeCounts> {
  // IN TRANSACTIONS OF takes a Neo4j integer; a JS number goes over Bolt as a float
  const { int } = (await import("neo4j-driver")).default;
  const session = driver.session({ database: config.database });
  size = Math.max(1, Math.floor(size));
  const wiped: WipeCounts = { nodes: 0, relationships: 0 };
  try {
    for (const statement of cypher.WIPE) {
      const result = await session.run(statement, { size: int(size) });
      const u = result.summary.counters.updates();
      wiped.nodes += u.nodesDeleted;
      wiped.relationships += u.relationshipsDeleted;
    }
    return wiped;
  } catch (err) {
    throw new LoadError(
      `wipe of ${config.uri} failed after ${wiped.nodes} nodes and ${wiped.relationships} relationships (what was removed stays removed; run it again to finish): ${describeNeo4jError(err, config)}`,
      { schema: false, batches: Object.fromEntries(PHASES.map((p) => [p, { done: 0, total: 0 }])) as LoadState["batches"] },
    );
  } finally {
    await session.close();
  }
}

/** Whether the database holds any node an earlier load wrote (the count store answers it without a scan). */
async function holdsOurs(driver: Driver, config: Neo4jConfig): Promise<boolean> {
  const session = driver.session({ database: config.database });
  try {
    const result = await session.executeRead((tx) => tx.run(`MATCH (n:${MARKER_LABEL}) RETURN count(n) AS n`));
    return Number(result.records[0]!.get("n")) > 0;
  } catch (err) {
    throw new LoadError(`nothing written: reading ${config.uri} before the load failed: ${describeNeo4jError(err, config)}`, {
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
  /** what --wipe removed */
  wiped: WipeCounts;
  /** what earlier loads wrote that this graph no longer holds, removed after the load */
  pruned: { nodes: number; relationships: number };
  /** seconds of --wipe and of removing what the graph no longer holds, beside the batches' */
  timings: Timings & { wipe: number; prune: number };
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
    // the wipe commits as often as the load does: --batch is rows per transaction for both
    const wiped = options.wipe ? await wipeProjectData(driver, config, options.batchSize ?? DEFAULT_BATCH) : { nodes: 0, relationships: 0 };
    const t1 = performance.now();
    // nothing of ours before the load: everything of ours after it is this graph, nothing to prune
    const stale = !options.keep && (await holdsOurs(driver, config));
    const summary = await loadPlan(driver, config, plan, options);
    const t2 = performance.now();
    const pruned = stale ? await prune(driver, config, plan) : { nodes: 0, relationships: 0 };
    const t3 = performance.now();
    const timings = { ...summary.timings, wipe: (t1 - t0) / 1000, prune: (t3 - t2) / 1000 };
    return { ...summary, timings, seconds: (t3 - t0) / 1000, expected: planCounts(plan), wiped, pruned };
  } finally {
    await driver.close();
  }
}
