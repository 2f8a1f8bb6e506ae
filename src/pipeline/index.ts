// The pipeline: ingest → extract → resolve → graph → export, over files and folders (hkg build)
// or over texts in memory (the library's buildFromTexts).
import { performance } from "node:perf_hooks";
import { createExtractor, type Extraction } from "../extract/index.ts";
import { buildGraph, type KnowledgeGraph } from "../graph/index.ts";
import { ingest, ingestTexts, type IngestProblem, type IngestResult, type TextInput } from "../ingest/index.ts";
import { loadKnowledge } from "../knowledge/index.ts";
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from "../ontology/index.ts";
import { resolve } from "../resolve/index.ts";
import { exportGraph, type ExportOptions } from "../export/index.ts";

export type { TextInput } from "../ingest/index.ts";

export type Stage = "ingest" | "extract" | "resolve" | "graph" | "export";

export interface BuildOptions {
  /** output folder; nothing is written when undefined */
  out?: string;
  onProgress?: (stage: Stage, done: number, total: number) => void;
  /** skip the layout (tests, benchmarks of other stages) */
  layout?: boolean;
  /** write nothing when any input could not be read (hkg build --strict) */
  strict?: boolean;
  /** writer options (GEXF version, …) */
  export?: ExportOptions;
}

export interface StageFigures {
  stage: Stage;
  ms: number;
  /** resident set size after the stage, bytes */
  rss: number;
  heapUsed: number;
  /** peak resident set size of the process so far (process.resourceUsage().maxRSS), bytes */
  maxRss: number;
}

export interface BuildSummary {
  documents: number;
  characters: number;
  entities: Record<NodeType, number>;
  relations: Record<RelationType, number>;
  problems: IngestProblem[];
  files: string[];
  stages: StageFigures[];
}

export interface BuildResult {
  graph: KnowledgeGraph;
  summary: BuildSummary;
}

/** ingest → extract → resolve → graph → export: the whole pipeline over files and folders. */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const progress = options.onProgress;
  const t0 = performance.now();
  const ingested = await ingest(inputs, { onProgress: progress && ((d, n) => progress("ingest", d, n)) });
  return buildIngested(ingested, options, t0);
}

/** The same pipeline over texts held in memory (`name` stands for a file name: `.html` is read as HTML). */
export async function buildFromTexts(texts: TextInput[], options: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const ingested = ingestTexts(texts);
  options.onProgress?.("ingest", texts.length, texts.length);
  return buildIngested(ingested, options, t0);
}

async function buildIngested({ documents, problems }: IngestResult, options: BuildOptions, t0: number): Promise<BuildResult> {
  const stages: StageFigures[] = [];
  let t = t0;
  const mark = (stage: Stage) => {
    const now = performance.now();
    const mem = process.memoryUsage();
    stages.push({ stage, ms: now - t, rss: mem.rss, heapUsed: mem.heapUsed, maxRss: process.resourceUsage().maxRSS * 1024 });
    t = now;
  };
  const progress = options.onProgress;
  mark("ingest");

  const kb = loadKnowledge();
  const extractor = createExtractor(kb);
  const extractions: Extraction[] = [];
  const extracted: typeof documents = [];
  for (const [i, doc] of documents.entries()) {
    // a document the extractor cannot handle is reported and left out; the rest is still built
    try {
      extractions.push(extractor.extract(doc));
      extracted.push(doc);
    } catch (err) {
      problems.push({ path: doc.path, problem: `extraction failed: ${(err as Error).message}; left out` });
    }
    progress?.("extract", i + 1, documents.length);
  }
  mark("extract");

  const resolved = resolve(extractions, kb);
  mark("resolve");

  const graph = buildGraph(resolved, extracted, { layout: options.layout === false ? false : {} });
  mark("graph");

  const refuse = options.strict === true && problems.length > 0;
  const files = options.out && extracted.length && !refuse ? await exportGraph(graph, options.out, options.export) : [];
  mark("export");

  const entities = Object.fromEntries(NODE_TYPES.map((k) => [k, 0])) as Record<NodeType, number>;
  graph.forEachNode((_, a) => entities[a.type]++);
  const relations = Object.fromEntries(RELATION_TYPES.map((k) => [k, 0])) as Record<RelationType, number>;
  graph.forEachEdge((_, a) => relations[a.type]++);
  return {
    graph,
    summary: {
      documents: extracted.length,
      characters: extracted.reduce((n, d) => n + d.text.length, 0),
      entities,
      relations,
      problems,
      files,
      stages,
    },
  };
}
