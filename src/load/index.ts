// Stage "load": graph.json → Neo4j. The CLI (src/cli/commands/load.ts) only parses and prints.
import { readCommitted } from "../export/index.ts";
import { connect, type Neo4jConfig } from "../neo4j/connection.ts";
import { loadPlan, wipeProjectData, type LoadOptions, type LoadSummary } from "./loader.ts";
import { GraphFileError, planCounts, planLoad, type PlanCounts, type SerializedGraph } from "./plan.ts";

export { GraphFileError, planCounts, planLoad } from "./plan.ts";
export type { LoadPlan, PlanCounts, SerializedGraph } from "./plan.ts";
export { describeState, LoadError, loadPlan, readSchema, wipeProjectData, DEFAULT_BATCH } from "./loader.ts";
export type { Counters, LoadOptions, LoadState, LoadSummary, Phase, Progress } from "./loader.ts";
export { MARKER_LABEL } from "../neo4j/statements.ts";

export async function readGraphFile(path: string): Promise<SerializedGraph> {
  let text: string;
  try {
    // as hkg build committed it, even if a build was killed half way through renaming its set
    text = (await readCommitted(path)).toString("utf8");
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    throw new GraphFileError(missing ? `no graph file at ${path} (build one with npm run build:graph)` : `cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as SerializedGraph;
  } catch (err) {
    throw new GraphFileError(`${path} is not JSON: ${(err as Error).message}`);
  }
}

export interface LoadFileOptions extends LoadOptions {
  /** remove what an earlier load wrote (label HkgData) first */
  wipe?: boolean;
}

export interface LoadFileResult extends LoadSummary {
  expected: PlanCounts;
  /** nodes removed by --wipe */
  wiped: number;
}

/** Reads, checks and loads one graph file; nothing is written if the file is bad or the server unreachable. */
export async function loadGraphFile(path: string, config: Neo4jConfig, options: LoadFileOptions = {}): Promise<LoadFileResult> {
  const plan = planLoad(await readGraphFile(path));
  const driver = await connect(config);
  try {
    const t0 = performance.now();
    const wiped = options.wipe ? await wipeProjectData(driver, config) : 0;
    const summary = await loadPlan(driver, config, plan, options);
    return { ...summary, seconds: (performance.now() - t0) / 1000, expected: planCounts(plan), wiped };
  } finally {
    await driver.close();
  }
}
