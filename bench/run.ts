import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeCorpus, type BenchCorpus } from "./corpus.ts";
import { hostileChild, runHostile } from "./hostile.ts";
import { formatRebuild, rebuildChild, runRebuild } from "./rebuild.ts";
import { runScale, scaleChild } from "./scale.ts";
import { formatLinearity, formatTable, median, type RunFigures } from "./report.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const BENCH_DIR = path.join(ROOT, ".bench");

const USAGE = `npm run bench -- [--mb N] [--runs K] [--sizes A,B] [--no-layout] [--viewer | --no-viewer] [--viewer-nodes N] [--viewer-against REV] [--start | --no-start] [--rebuild | --no-rebuild] [--hostile [W]] [--scale [MB]]
  --mb N        corpus size in MB (default: the linearity pair 5 and 20)
  --sizes A,B   corpus sizes to compare per MB (default 5,20)
  --runs K      runs per size; the table shows the median of each figure (default 1)
  --no-layout   skip the ForceAtlas2 layout
  --hostile [W] hostile single documents at growing sizes (long line, nested divs, many
                attributes); W picks the cases whose name contains it
  --scale [MB]  the report-like corpus at MB/4, MB/2 and MB (default 50, up to 200), sizes and
                runs interleaved: read+decode, jieba's cut and every build stage side by side,
                ratios, medians, size exponents, peak RSS (--runs K rounds, default 1); each
                point is kept in .bench/scale-points.jsonl as it is measured; --jobs N
                extraction threads (default: hkg build's)
  --scale-report  the scale table again from .bench/scale-points.jsonl (also of a stopped run)
  --neo4j [GRAPH] hkg load --wipe of GRAPH (default the 50 MB scale graph) against a bare
                UNWIND … CREATE of the same rows into the same server, in the same run
                (NEO4J_URI or NEO4J_PORT, as for hkg)
  --viewer      only the viewer benchmark: 20,000 entities in headless Chromium
  --no-viewer   skip the viewer benchmark (it runs after the pipeline when Chromium is installed)
  --viewer-nodes N    the viewer's synthetic graph: N entities, 1.5 N relations (default 20,000)
  --viewer-against REV  also the viewer of git revision REV, built in a temporary folder, runs
                interleaved in the same browser (e.g. --viewer --viewer-nodes 50000 --viewer-against main)
  --start       only the start-up benchmark: hkg --version of the packed and installed package
                beside node -e 0 (21 runs each, or --runs K)
  --no-start    skip the start-up benchmark (it runs first otherwise)
  --rebuild     only the incremental case: full build against a rebuild after one document
                changed, on the largest size (--runs K for medians)
  --no-rebuild  skip that case (it runs after the pipeline table)
`;

interface Args {
  sizes: number[];
  runs: number;
  layout: boolean;
  pipeline: boolean;
  viewer: boolean;
  start: boolean;
  /** --runs given: the start-up benchmark uses it too (default 21) */
  runsGiven: boolean;
  rebuild: boolean;
  viewerNodes: number;
  viewerAgainst?: string;
}

function parse(argv: string[]): Args | undefined {
  const args: Args = { sizes: [5, 20], runs: 1, layout: true, pipeline: true, viewer: true, start: true, runsGiven: false, rebuild: true, viewerNodes: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--mb") args.sizes = [positive(value(), a)];
    else if (a === "--sizes") args.sizes = value().split(",").map((v) => positive(v, a));
    else if (a === "--runs") (args.runs = Math.round(positive(value(), a))), (args.runsGiven = true);
    else if (a === "--no-layout") args.layout = false;
    else if (a === "--viewer") (args.pipeline = false), (args.start = false), (args.rebuild = false);
    else if (a === "--start") (args.pipeline = false), (args.viewer = false), (args.start = true), (args.rebuild = false);
    else if (a === "--no-start") args.start = false;
    else if (a === "--no-viewer") args.viewer = false;
    else if (a === "--viewer-nodes") args.viewerNodes = Math.round(positive(value(), a));
    else if (a === "--viewer-against") args.viewerAgainst = value();
    else if (a === "--rebuild") [args.pipeline, args.viewer, args.start] = [false, false, false];
    else if (a === "--no-rebuild") args.rebuild = false;
    else if (a === "--help" || a === "-h") return undefined;
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

function positive(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} wants a positive number, not "${v}"`);
  return n;
}

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(argv.slice(1));
  if (argv[0] === "--hostile-child") return hostileChild(argv[1]!, argv[2]!);
  if (argv[0] === "--rebuild-child") return rebuildChild(argv[1]!);
  if (argv[0] === "--scale-child") return scaleChild(argv.slice(1));
  if (argv[0] === "--scale-report") {
    const { readFileSync } = await import("node:fs");
    const { formatScale } = await import("./scale.ts");
    const points = readFileSync(path.join(BENCH_DIR, "scale-points.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    process.stdout.write(formatScale(points, Math.max(...[...new Set(points.map((p: { mb: number }) => p.mb))].map((mb) => points.filter((p: { mb: number }) => p.mb === mb).length))) + "\n");
    return;
  }
  if (argv[0] === "--neo4j") {
    const { neo4jBench } = await import("./neo4j-load.ts");
    process.stdout.write((await neo4jBench(argv[1] ?? path.join(BENCH_DIR, "scale-out-50mb", "graph.json"))) + "\n");
    return;
  }
  if (argv.includes("--scale")) return scaleMain(argv);
  if (argv[0] === "--hostile") {
    process.stdout.write(runHostile(ROOT, BENCH_DIR, argv[1]) + "\n");
    return;
  }
  let args: Args | undefined;
  try {
    args = parse(argv);
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (!args) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.start) {
    const { startupBench } = await import("./startup.ts");
    process.stdout.write((await startupBench(ROOT, BENCH_DIR, args.runsGiven ? args.runs : 21)) + "\n");
  }
  const results = new Map<number, RunFigures>();
  for (const mb of args.pipeline ? args.sizes : []) {
    process.stderr.write(`bench: generating ${mb} MB corpus under .bench/ …\n`);
    const corpus = makeCorpus(BENCH_DIR, path.join(ROOT, "corpus"), mb);
    const runs: RunFigures[] = [];
    for (let r = 0; r < args.runs; r++) {
      process.stderr.write(`bench: ${mb} MB, run ${r + 1}/${args.runs} …\n`);
      runs.push(runChild(corpus, args.layout));
    }
    const figures = median(runs);
    results.set(mb, figures);
    process.stdout.write(formatTable(figures, args.runs) + "\n");
  }
  if (results.size >= 2) process.stdout.write(formatLinearity(results) + "\n");
  if (args.rebuild) {
    const mb = Math.max(...args.sizes);
    const corpus = makeCorpus(BENCH_DIR, path.join(ROOT, "corpus"), mb);
    const figures = runRebuild(ROOT, BENCH_DIR, corpus, args.runs, (s) => process.stderr.write(s + "\n"));
    process.stdout.write(formatRebuild(mb, figures) + "\n");
  }
  if (args.viewer) {
    // loaded only here: the pipeline's child processes need neither Chromium's driver nor the server
    const { viewerBench } = await import("./viewer.ts");
    const report = await viewerBench(BENCH_DIR, {
      nodes: args.viewerNodes,
      edges: Math.round(args.viewerNodes * 1.5),
      runs: args.runs,
      against: args.viewerAgainst,
    });
    process.stdout.write(report ?? "viewer benchmark skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)\n");
  }
}

async function scaleMain(argv: string[]): Promise<void> {
  let maxMb = 50;
  let runs = 1;
  let jobs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--scale" && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) maxMb = positive(argv[++i]!, a);
    else if (a === "--scale") continue;
    else if (a === "--runs" && argv[i + 1] !== undefined) runs = Math.round(positive(argv[++i]!, a));
    else if (a === "--jobs" && argv[i + 1] !== undefined) jobs = Math.round(positive(argv[++i]!, a));
    else {
      process.stderr.write(`bench: ${a} does not go with --scale\n${USAGE}`);
      process.exit(2);
    }
  }
  if (maxMb > 200) {
    process.stderr.write(`bench: --scale goes up to 200 MB, not ${maxMb}\n`);
    process.exit(2);
  }
  process.stdout.write(runScale(ROOT, BENCH_DIR, { maxMb, runs, ...(jobs ? { jobs } : {}) }) + "\n");
}

/** One pipeline run in a fresh process: peak RSS (maxRSS) is per process, and no run warms the next. */
function runChild(corpus: BenchCorpus, layout: boolean): RunFigures {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "bench.js"), "--child", JSON.stringify({ corpus, layout })], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`benchmark run failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as RunFigures;
}

async function child(argv: string[]): Promise<void> {
  const { corpus, layout } = JSON.parse(argv[0]!) as { corpus: BenchCorpus; layout: boolean };
  const { build } = await import("../src/pipeline/index.ts");
  const out = path.join(BENCH_DIR, "out");
  rmSync(out, { recursive: true, force: true });
  // one small build first: module loading, dictionaries and code tables (opencc, iconv-lite,
  // cheerio, the gazetteer) cost about a second once per process, which would otherwise be
  // charged to the first megabytes and make every stage look sublinear
  const warmStart = performance.now();
  await build([path.join(ROOT, "tests", "fixtures", "ingest")], { out: path.join(BENCH_DIR, "warm-out"), layout, cache: false });
  const warmMs = performance.now() - warmStart;
  const started = performance.now();
  const { graph, summary } = await build([corpus.dir], { out, layout });
  const totalMs = performance.now() - started;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  // the layout runs inside the graph stage; timed again on its own (it restarts from fixed
  // positions, so the second run does the same work) to show how much of that stage it is
  let layoutMs: number | undefined;
  if (layout) {
    const { layoutGraph } = await import("../src/graph/layout.ts");
    const t = performance.now();
    layoutGraph(graph);
    layoutMs = performance.now() - t;
  }
  const figures: RunFigures = {
    mb: corpus.bytes / (1024 * 1024),
    files: corpus.files,
    documents: summary.documents,
    problems: summary.problems.length,
    nodes: Object.values(summary.entities).reduce((a, b) => a + b, 0),
    edges: Object.values(summary.relations).reduce((a, b) => a + b, 0),
    totalMs,
    warmMs,
    ...(layoutMs !== undefined ? { layoutMs } : {}),
    maxRss,
    stages: summary.stages.map((s) => ({ stage: s.stage, ms: s.ms, rss: s.rss, maxRss: s.maxRss })),
  };
  process.stdout.write(JSON.stringify(figures));
}
