// What one scale-benchmark process measures. Each measurement runs in a fresh process (peak RSS
// is per process; no run warms up the next), started by bench/scale.ts.
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import iconv from "iconv-lite";

export interface StagePoint {
  stage: string;
  ms: number;
  /** RSS at the end of the stage */
  rss: number;
  /** peak RSS of the process up to the end of the stage */
  maxRss: number;
}

export interface BaselineFigures {
  kind: "baseline";
  readMs: number;
  jiebaMs: number;
  chars: number;
  maxRss: number;
}

export interface BuildFigures {
  kind: "build";
  stages: StagePoint[];
  totalMs: number;
  documents: number;
  nodes: number;
  edges: number;
  /** bytes of each output file */
  outputs: Record<string, number>;
  maxRss: number;
  /** extraction threads (absent in points measured before there were any) */
  jobs?: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|html)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The floor any builder has to pay: read every file and decode it (GBK by name, UTF-8 otherwise),
 * then jieba's own `cut` over the same text, the segmenter hkg uses, with its bundled dictionary.
 */
export function baseline(dir: string): BaselineFigures {
  let t = performance.now();
  const texts = files(dir).map((f) => {
    const buf = readFileSync(f);
    return path.basename(f).startsWith("gbk-") ? iconv.decode(buf, "gb18030") : new TextDecoder("utf-8").decode(buf);
  });
  const readMs = performance.now() - t;
  const require = createRequire(import.meta.url);
  const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
  const { dict } = require("@node-rs/jieba/dict.js") as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  jieba.cut("徐州市铜山区", true); // dictionary loading is not part of cutting
  t = performance.now();
  let words = 0;
  for (const text of texts) words += jieba.cut(text, true).length;
  const jiebaMs = performance.now() - t;
  if (words === 0) throw new Error("jieba cut nothing");
  return { kind: "baseline", readMs, jiebaMs, chars: texts.reduce((n, s) => n + s.length, 0), maxRss: process.resourceUsage().maxRSS * 1024 };
}

/**
 * `hkg build` stage by stage, as src/pipeline runs it, with the two stages it hides split out:
 * the layout (inside the graph stage) and each writer (inside export), each streaming its file
 * to disk as exportGraph does (so a writer's time includes its writing).
 */
export async function buildStages(dir: string, out: string, warmDir: string, jobs?: number): Promise<BuildFigures> {
  const { ingest } = await import("../src/ingest/index.ts");
  const { loadKnowledge } = await import("../src/knowledge/index.ts");
  const { resolve } = await import("../src/resolve/index.ts");
  const { buildGraph, layoutGraph } = await import("../src/graph/index.ts");
  const { jsonPieces, gexfPieces, graphmlPieces } = await import("../src/export/index.ts");
  const { cypherPieces, recordStream } = await import("../src/neo4j/index.ts");
  const { writeFilesAtomically } = await import("../src/graph-file/index.ts");
  const { build, defaultJobs, extractDocuments } = await import("../src/pipeline/index.ts");
  // module loading, dictionaries and code tables cost about a second once per process
  await build([warmDir], { out: path.join(path.dirname(out), "scale-warm-out") });

  const stages: StagePoint[] = [];
  const started = performance.now();
  let t = started;
  const mark = (stage: string) => {
    const now = performance.now();
    stages.push({ stage, ms: now - t, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
    t = now;
  };
  const { documents } = await ingest([dir]);
  mark("ingest");
  const kb = loadKnowledge();
  const threads = jobs ?? defaultJobs(documents.reduce((n, d) => n + d.text.length, 0));
  const { extractions } = await extractDocuments(documents, { jobs: threads });
  mark("extract");
  const resolved = resolve(extractions, kb);
  mark("resolve");
  const graph = buildGraph(resolved, documents, { layout: false });
  mark("graph");
  layoutGraph(graph);
  mark("layout");
  rmSync(out, { recursive: true, force: true });
  const written: string[] = [];
  const write = async (name: string, pieces: Iterable<string>) => written.push(...(await writeFilesAtomically(out, { [name]: pieces })));
  await write("graph.json", jsonPieces(graph));
  mark("json");
  await write("graph.gexf", gexfPieces(graph));
  mark("gexf");
  await write("graph.graphml", graphmlPieces(graph));
  mark("graphml");
  await write("graph.cypher", cypherPieces(recordStream(graph)));
  mark("cypher");
  const totalMs = performance.now() - started;
  return {
    kind: "build",
    stages,
    totalMs,
    documents: documents.length,
    nodes: graph.order,
    edges: graph.size,
    outputs: Object.fromEntries(written.map((f) => [path.basename(f), statSync(f).size])),
    maxRss: process.resourceUsage().maxRSS * 1024,
    jobs: threads,
  };
}
