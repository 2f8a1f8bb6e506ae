// The incremental build against a full one: a corpus built once, then one document changed and
// built again with the extraction cache. Each build runs in a fresh process, timed from just
// before build() (module loading excluded, knowledge and extractor start-up included, as in
// `hkg build`), so the rebuild pays what a real rebuild pays.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { BenchCorpus } from "./corpus.ts";

export type RebuildMode = "full" | "rebuild";

export interface RebuildFigures {
  mode: RebuildMode;
  documents: number;
  reused: number;
  totalMs: number;
  stages: { stage: string; ms: number }[];
}

/** Copies the corpus into a folder of its own (the rebuild edits a file) and returns it. */
function workingCopy(benchDir: string, corpus: BenchCorpus): string {
  const dir = path.join(benchDir, `rebuild-${path.basename(corpus.dir)}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(corpus.dir, dir, { recursive: true });
  return dir;
}

/** A document to edit: the first plain-text file, in a stable order. */
function firstText(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^\d.*\.txt$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  if (!files.length) throw new Error(`no plain-text document in ${dir} to edit`);
  return files[0]!;
}

/**
 * `runs` full builds (cache emptied first; the cache is written, as `hkg build` does) and `runs`
 * rebuilds, each after one more sentence was appended to one document. Returns the figures per run.
 */
export function runRebuild(root: string, benchDir: string, corpus: BenchCorpus, runs: number, log: (s: string) => void): RebuildFigures[] {
  const dir = workingCopy(benchDir, corpus);
  const out = path.join(benchDir, "rebuild-out");
  const edited = firstText(dir);
  const figures: RebuildFigures[] = [];
  for (let r = 0; r < runs; r++) {
    log(`bench: rebuild case, full build ${r + 1}/${runs} …`);
    rmSync(out, { recursive: true, force: true });
    figures.push(child(root, dir, out, "full"));
  }
  for (let r = 0; r < runs; r++) {
    log(`bench: rebuild case, one document changed, rebuild ${r + 1}/${runs} …`);
    appendFileSync(edited, `\n徐州市与宿迁市共建第${r + 1}个产业合作园区。\n`);
    figures.push(child(root, dir, out, "rebuild"));
  }
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

function child(root: string, dir: string, out: string, mode: RebuildMode): RebuildFigures {
  const r = spawnSync(process.execPath, [path.join(root, "bin", "bench.js"), "--rebuild-child", JSON.stringify({ dir, out, mode })], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`rebuild benchmark run failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as RebuildFigures;
}

export async function rebuildChild(arg: string): Promise<void> {
  const { dir, out, mode } = JSON.parse(arg) as { dir: string; out: string; mode: RebuildMode };
  if (mode === "rebuild" && !existsSync(path.join(out, ".hkg-cache"))) throw new Error("rebuild without a cache: run the full builds first");
  const { build } = await import("../src/pipeline/index.ts");
  const t = performance.now();
  const { summary } = await build([dir], { out });
  const totalMs = performance.now() - t;
  const figures: RebuildFigures = {
    mode,
    documents: summary.documents,
    reused: summary.cache.reused,
    totalMs,
    stages: summary.stages.map((s) => ({ stage: s.stage, ms: s.ms })),
  };
  process.stdout.write(JSON.stringify(figures));
}

const mid = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Full build and rebuild side by side: the median of each figure over the runs. */
export function formatRebuild(mb: number, figures: RebuildFigures[]): string {
  const full = figures.filter((f) => f.mode === "full");
  const re = figures.filter((f) => f.mode === "rebuild");
  const stages = full[0]!.stages.map((s) => s.stage);
  const col = (fs: RebuildFigures[], get: (f: RebuildFigures) => number) => mid(fs.map(get));
  const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: [string, string, string][] = [
    ["documents", String(full[0]!.documents), String(re[0]!.documents)],
    ["reused from the cache", String(col(full, (f) => f.reused)), String(col(re, (f) => f.reused))],
    ...stages.map((st, i): [string, string, string] => [st, sec(col(full, (f) => f.stages[i]!.ms)), sec(col(re, (f) => f.stages[i]!.ms))]),
    ["total", sec(col(full, (f) => f.totalMs)), sec(col(re, (f) => f.totalMs))],
  ];
  const ratio = col(re, (f) => f.totalMs) / col(full, (f) => f.totalMs);
  const w = Math.max(...rows.map((r) => r[0].length));
  return [
    `rebuild after one document changed, ${mb} MB corpus (medians of ${full.length} run(s) each, fresh process per build)`,
    `${"".padEnd(w)}  ${"full build".padStart(12)}  ${"rebuild".padStart(12)}`,
    ...rows.map(([k, a, b]) => `${k.padEnd(w)}  ${a.padStart(12)}  ${b.padStart(12)}`),
    `rebuild / full: ${(ratio * 100).toFixed(1)}%`,
  ].join("\n");
}
