// The pipeline: ingest → extract → resolve → graph → export, over files and folders (hkg build)
// or over texts in memory (the library's buildFromTexts).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createExtractor, openExtractionCache, type Extraction, type ExtractionCache, type Extractor } from "../extract/index.ts";
import { buildGraph, type KnowledgeGraph } from "../graph/index.ts";
import { ingest, ingestTexts, type IngestProblem, type IngestResult, type SourceDocument, type TextInput } from "../ingest/index.ts";
import { loadKnowledge } from "../knowledge/index.ts";
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from "../ontology/index.ts";
import { resolve, type ResolvedGraph } from "../resolve/index.ts";
import { exportGraph, type ExportOptions } from "../export/index.ts";
import { defaultJobs, extractOnThreads, type Extracted } from "./extract-pool.ts";

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
  /**
   * where extractions are cached between builds: a folder, or false for none. Default: `.hkg-cache`
   * inside `out` (pruned to what the build used); none when nothing is written.
   */
  cache?: string | false;
  /** the date of documents whose text, metadata and sidecar give none (YYYY, YYYY-MM or YYYY-MM-DD) */
  date?: string;
  /**
   * threads extracting documents (hkg build --jobs). Default: one per core, up to four, when there
   * is more than about a megabyte of text to extract, else 1 (extraction in the main thread). The
   * graph is the same bytes whatever the number.
   */
  jobs?: number;
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
  /** documents whose extraction came from the cache, and what was wrong with entries that could not be used */
  cache: { reused: number; warnings: string[] };
}

export interface BuildResult {
  graph: KnowledgeGraph;
  summary: BuildSummary;
}

/** ingest → extract → resolve → graph → export: the whole pipeline over files and folders. */
export async function build(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const progress = options.onProgress;
  const t0 = performance.now();
  const ingested = await ingest(inputs, { date: options.date, onProgress: progress && ((d, n) => progress("ingest", d, n)) });
  return buildIngested(ingested, options, t0);
}

/** The same pipeline over texts held in memory (`name` stands for a file name: `.html` is read as HTML). */
export async function buildFromTexts(texts: TextInput[], options: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const ingested = ingestTexts(texts, { date: options.date });
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
  const cache = openCache(options);
  const { extractions, extracted } = await extractAll(documents, () => createExtractor(kb), cache, problems, progress, options.jobs);
  mark("extract");

  // each stage's input is let go once the next has read it: a large corpus holds one stage's data at a time
  let resolved: ResolvedGraph | undefined = resolve(extractions.splice(0), kb);
  mark("resolve");

  const graph = buildGraph(resolved, extracted, { layout: options.layout === false ? false : {} });
  resolved = undefined;
  mark("graph");

  const refuse = options.strict === true && problems.length > 0;
  const files = options.out && extracted.length && !refuse ? await exportGraph(graph, options.out, options.export) : [];
  // the cache is written only with the outputs: a refused or failed build leaves no trace
  if (files.length) await cache?.commit();
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
      cache: { reused: cache?.reused ?? 0, warnings: cache?.warnings ?? [] },
    },
  };
}

/**
 * The extract stage alone, as build() runs it without a cache: each document's extraction in
 * document order, on `jobs` threads (default as build's), and the documents that could not be
 * extracted. For benchmarks of the stages one by one.
 */
export async function extractDocuments(
  documents: SourceDocument[],
  options: { jobs?: number } = {},
): Promise<{ extractions: Extraction[]; extracted: SourceDocument[]; problems: IngestProblem[] }> {
  const problems: IngestProblem[] = [];
  const kb = loadKnowledge();
  return { ...(await extractAll(documents, () => createExtractor(kb), undefined, problems, undefined, options.jobs)), problems };
}

export { defaultJobs } from "./extract-pool.ts";

function openCache(options: BuildOptions): ExtractionCache | undefined {
  if (options.cache === false) return undefined;
  if (options.cache) return openExtractionCache(options.cache);
  return options.out ? openExtractionCache(path.join(options.out, ".hkg-cache"), { prune: true }) : undefined;
}

/**
 * Each document's extraction, from the cache where it holds one, else from the extractor (built
 * only when some document needs it: a second build of an unchanged folder never pays its start),
 * in this thread or, for `jobs` above 1, on a pool of threads. Either way in document order.
 */
async function extractAll(
  documents: SourceDocument[],
  extractor: () => Extractor,
  cache: ExtractionCache | undefined,
  problems: IngestProblem[],
  progress: BuildOptions["onProgress"],
  jobs: number | undefined,
): Promise<{ extractions: Extraction[]; extracted: SourceDocument[] }> {
  const outcomes: (Extracted | undefined)[] = new Array(documents.length);
  const missing: number[] = [];
  let done = 0;
  const step = () => progress?.("extract", ++done, documents.length);
  for (const [i, doc] of documents.entries()) {
    try {
      const ex = await cache?.get(doc);
      if (ex) {
        outcomes[i] = { extraction: ex };
        step();
      } else missing.push(i);
    } catch (err) {
      outcomes[i] = { error: (err as Error).message };
      step();
    }
  }
  const threads = jobs ?? defaultJobs(missing.reduce((n, i) => n + documents[i]!.text.length, 0));
  if (threads > 1 && missing.length > 1) {
    const results = await extractOnThreads(missing.map((i) => documents[i]!), threads, step);
    missing.forEach((i, k) => (outcomes[i] = results[k]));
  } else {
    for (const i of missing) {
      try {
        outcomes[i] = { extraction: extractor().extract(documents[i]!) };
      } catch (err) {
        outcomes[i] = { error: (err as Error).message };
      }
      step();
    }
  }
  const fresh = new Set(missing);
  const extractions: Extraction[] = [];
  const extracted: SourceDocument[] = [];
  for (const [i, doc] of documents.entries()) {
    const outcome = outcomes[i]!;
    // a document the extractor cannot handle is reported and left out; the rest is still built
    if ("error" in outcome) {
      problems.push({ path: doc.path, problem: `extraction failed: ${outcome.error}; left out` });
      continue;
    }
    if (fresh.has(i)) cache?.put(doc, outcome.extraction);
    extractions.push(outcome.extraction);
    extracted.push(doc);
  }
  return { extractions, extracted };
}
