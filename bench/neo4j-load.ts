// npm run bench -- --neo4j [GRAPH]: hkg load of a graph file against the floor a loader can
// reach on the same server in the same run, a bare `UNWIND $rows AS r CREATE (n:X) SET n = r`
// of the same rows in batches of the same size (no constraint lookups, no MERGE, no
// relationships), then hkg load into the emptied database, hkg load of the same graph again
// (every row merged into what is there, then the check for what it no longer holds), and
// hkg load --wipe's delete of it. Each load's time is split by step.
import neo4j from "neo4j-driver";
import type { Driver } from "neo4j-driver";
import { readGraphFile } from "../src/graph-file/index.ts";
import { configFromEnv, connect, DEFAULT_BATCH, loadGraphFile, planLoad, wipeProjectData, type LoadFileResult, type LoadPlan, type Neo4jConfig } from "../src/neo4j/index.ts";
import { NODE_TYPES, RELATION_TYPES } from "../src/ontology/index.ts";

const BARE_LABEL = "HkgBenchBare";

function* allRows(plan: LoadPlan): Generator<unknown> {
  yield* plan.documents;
  for (const t of NODE_TYPES) yield* plan.entities(t);
  for (const t of RELATION_TYPES) yield* plan.relations(t);
  yield* plan.mentions();
}

async function bareCreate(driver: Driver, config: Neo4jConfig, plan: LoadPlan, size: number): Promise<{ rows: number; seconds: number }> {
  const session = driver.session({ database: config.database });
  const t0 = performance.now();
  let rows = 0;
  try {
    let batch: unknown[] = [];
    const send = async () => {
      const b = batch;
      batch = [];
      await session.executeWrite((tx) => tx.run(`UNWIND $rows AS r CREATE (n:${BARE_LABEL}) SET n = r`, { rows: b }));
      rows += b.length;
    };
    for (const row of allRows(plan)) {
      batch.push(row);
      if (batch.length === size) await send();
    }
    if (batch.length) await send();
    return { rows, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await session.close();
  }
}

async function dropBare(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = driver.session({ database: config.database });
  try {
    await session.run(`MATCH (n:${BARE_LABEL}) CALL { WITH n DELETE n } IN TRANSACTIONS OF $size ROWS`, { size: neo4j.int(10_000) });
  } finally {
    await session.close();
  }
}

export async function neo4jBench(graphFile: string): Promise<string> {
  const config = configFromEnv();
  const size = DEFAULT_BATCH;
  const t0 = performance.now();
  const plan = planLoad(await readGraphFile(graphFile));
  const planSeconds = (performance.now() - t0) / 1000;
  const driver = await connect(config);
  try {
    // start from a database without this benchmark's or an earlier load's data
    await dropBare(driver, config);
    await wipeProjectData(driver, config, 10_000);
    process.stderr.write(`bench: neo4j: bare UNWIND … CREATE of the plan's rows into ${config.uri} …\n`);
    const bare = await bareCreate(driver, config, plan, size);
    await dropBare(driver, config);
    process.stderr.write(`bench: neo4j: hkg load …\n`);
    const load = await loadGraphFile(graphFile, config, { batchSize: size });
    process.stderr.write(`bench: neo4j: hkg load again (merging into the loaded graph) …\n`);
    const reload = await loadGraphFile(graphFile, config, { batchSize: size });
    process.stderr.write(`bench: neo4j: hkg load --wipe …\n`);
    const w0 = performance.now();
    const wiped = await wipeProjectData(driver, config, size);
    const wipeSeconds = (performance.now() - w0) / 1000;
    const rows = load.rows.documents + load.rows.entities + load.rows.relations + load.rows.mentions;
    const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")} rows/s`;
    const steps = (r: LoadFileResult) =>
      `      schema ${r.timings.schema.toFixed(1)} s, documents ${r.timings.documents.toFixed(1)} s, entities ${r.timings.entities.toFixed(1)} s, relations ${r.timings.relations.toFixed(1)} s, mentions ${r.timings.mentions.toFixed(1)} s, pruning ${r.timings.prune.toFixed(1)} s`;
    return [
      `neo4j: ${graphFile} into ${config.uri}, batches of ${size} rows`,
      `  rows: ${rows} (documents ${load.rows.documents}, entities ${load.rows.entities}, relations ${load.rows.relations}, mentions ${load.rows.mentions}); reading and planning ${planSeconds.toFixed(1)} s`,
      `  bare UNWIND … CREATE   ${bare.seconds.toFixed(1)} s   ${rate(bare.rows, bare.seconds)}`,
      `  hkg load               ${load.seconds.toFixed(1)} s   ${rate(rows, load.seconds)}   (file read and checks included: ${(load.seconds + planSeconds).toFixed(1)} s)${load.fresh ? "; into a database without :Entity, so created" : "; merged"}`,
      steps(load),
      `  hkg load ÷ bare throughput: ${(bare.seconds / load.seconds).toFixed(2)} (1 = as fast as a bare CREATE)`,
      `  hkg load again          ${reload.seconds.toFixed(1)} s   ${rate(rows, reload.seconds)}   (every row merged into the loaded graph; ${reload.counters.nodesCreated} nodes and ${reload.counters.relationshipsCreated} relationships created, ${reload.pruned.nodes + reload.pruned.relationships} removed)`,
      steps(reload),
      `  hkg load again ÷ bare throughput: ${(bare.seconds / reload.seconds).toFixed(2)}`,
      `  hkg load --wipe of it: ${wiped.nodes} nodes and ${wiped.relationships} relationships removed in ${wipeSeconds.toFixed(1)} s (transactions of ${size} rows)`,
    ].join("\n");
  } finally {
    await driver.close();
  }
}
