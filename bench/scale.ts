// npm run bench -- --scale [MB]: the report-like corpus at MB/4, MB/2 and MB (default 50), sizes
// and runs interleaved, every figure beside its baselines from the same round.
import { spawnSync } from "node:child_process";
import { appendFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BaselineFigures, BuildFigures } from "./scale-child.ts";
import { makeScaleCorpus } from "./scale-corpus.ts";

export interface ScaleOptions {
  maxMb: number;
  runs: number;
  /** extraction threads of the build (default: hkg build's) */
  jobs?: number;
}

/** One round's measurements at one size. */
export interface ScalePoint {
  mb: number;
  baseline: BaselineFigures;
  build: BuildFigures;
}

export function scaleSizes(maxMb: number): number[] {
  return [maxMb / 4, maxMb / 2, maxMb];
}

export function runScale(root: string, benchDir: string, options: ScaleOptions): string {
  const sizes = scaleSizes(options.maxMb);
  const corpora = new Map(
    sizes.map((mb) => {
      process.stderr.write(`bench: generating the ${mb} MB report-like corpus under .bench/ …\n`);
      return [mb, makeScaleCorpus(benchDir, { mb })] as const;
    }),
  );
  const points: ScalePoint[] = [];
  // every point as soon as it is measured: a long run stopped part way still has its figures
  // (npm run bench -- --scale-report prints the table from this file)
  const log = path.join(benchDir, "scale-points.jsonl");
  writeFileSync(log, "");
  for (let r = 0; r < options.runs; r++) {
    // sizes interleaved, alternately up and down, so that a machine getting busier or quieter
    // during the runs does not tilt the exponents one way
    const order = r % 2 === 0 ? sizes : [...sizes].reverse();
    for (const mb of order) {
      const corpus = corpora.get(mb)!;
      process.stderr.write(`bench: scale round ${r + 1}/${options.runs}, ${mb} MB: read, jieba, build …\n`);
      const baseline = child<BaselineFigures>(root, ["--scale-child", "baseline", corpus.dir]);
      const out = path.join(benchDir, `scale-out-${mb}mb`);
      const build = child<BuildFigures>(root, ["--scale-child", "build", corpus.dir, out, ...(options.jobs ? [String(options.jobs)] : [])]);
      const point = { mb: corpus.bytes / (1024 * 1024), baseline, build };
      points.push(point);
      appendFileSync(log, JSON.stringify(point) + "\n");
      process.stderr.write(
        `bench:   ${(build.totalMs / 1000).toFixed(1)} s build, ${(baseline.jiebaMs / 1000).toFixed(1)} s jieba, ${build.nodes} nodes, peak ${(build.maxRss / MB).toFixed(0)} MB\n`,
      );
    }
  }
  return formatScale(points, options.runs);
}

function child<T>(root: string, args: string[]): T {
  // a larger heap than Node's default, so a build that needs more is measured rather than killed
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", path.join(root, "bin", "bench.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`benchmark process ${args.join(" ")} failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as T;
}

export async function scaleChild(argv: string[]): Promise<void> {
  const [what, dir, out, jobs] = argv;
  const { baseline, buildStages } = await import("./scale-child.ts");
  const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..");
  const figures = what === "baseline" ? baseline(dir!) : await buildStages(dir!, out!, path.join(root, "tests", "fixtures", "ingest"), jobs ? Number(jobs) : undefined);
  process.stdout.write(JSON.stringify(figures));
}

const MB = 1024 * 1024;

export function med(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** k in time ∝ size^k: the least-squares slope of log time on log size over every point (1 = linear). */
export function exponent(points: { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(Math.max(p.y, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den > 0 ? num / den : NaN;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

export function formatScale(points: ScalePoint[], runs: number): string {
  const sizes = [...new Set(points.map((p) => p.mb))].sort((a, b) => a - b);
  const at = (mb: number) => points.filter((p) => p.mb === mb);
  const stageNames = points[0]!.build.stages.map((s) => s.stage);
  const stageMs = (p: ScalePoint, stage: string) => p.build.stages.find((s) => s.stage === stage)!.ms;
  const lines: string[] = [];
  lines.push(`scale benchmark: report-like corpus, ${runs} round(s), sizes interleaved; medians over rounds; ratios are taken within a round, then their median`);
  for (const mb of sizes) {
    const ps = at(mb);
    const b = ps[0]!.build;
    const jieba = med(ps.map((p) => p.baseline.jiebaMs));
    const read = med(ps.map((p) => p.baseline.readMs));
    const total = med(ps.map((p) => p.build.totalMs));
    lines.push("");
    lines.push(`${mb.toFixed(1)} MB: ${b.documents} documents, ${b.nodes} nodes, ${b.edges} edges${b.jobs ? `, ${b.jobs} extraction thread(s)` : ""}; peak RSS ${(med(ps.map((p) => p.build.maxRss)) / MB).toFixed(0)} MB`);
    lines.push(`  ${"".padEnd(14)}${pad("ms", 9)}${pad("MB/s", 8)}${pad("÷ jieba", 9)}${pad("% build", 9)}${pad("peak MB", 9)}`);
    const row = (name: string, ms: number, ratio: number, share: string, peak: string) =>
      lines.push(`  ${name.padEnd(14)}${pad(ms.toFixed(0), 9)}${pad((mb / (ms / 1000)).toFixed(2), 8)}${pad(ratio.toFixed(2), 9)}${pad(share, 9)}${pad(peak, 9)}`);
    row("read+decode", read, med(ps.map((p) => p.baseline.readMs / p.baseline.jiebaMs)), "", "");
    row("jieba cut", jieba, 1, "", "");
    for (const s of stageNames) {
      const ms = med(ps.map((p) => stageMs(p, s)));
      row(
        s,
        ms,
        med(ps.map((p) => stageMs(p, s) / p.baseline.jiebaMs)),
        ((100 * med(ps.map((p) => stageMs(p, s) / p.build.totalMs))).toFixed(1) + "%"),
        (med(ps.map((p) => p.build.stages.find((x) => x.stage === s)!.maxRss)) / MB).toFixed(0),
      );
    }
    row("build total", total, med(ps.map((p) => p.build.totalMs / p.baseline.jiebaMs)), "100%", (med(ps.map((p) => p.build.maxRss)) / MB).toFixed(0));
    lines.push(
      `  build throughput ÷ jieba's: ${med(ps.map((p) => p.baseline.jiebaMs / p.build.totalMs)).toFixed(3)} (1 = as fast as jieba's cut); ÷ read+decode: ${med(ps.map((p) => p.baseline.readMs / p.build.totalMs)).toFixed(4)}`,
    );
    const outputs = Object.keys(b.outputs);
    lines.push(`  outputs ÷ input: ${outputs.map((f) => `${f} ${(med(ps.map((p) => p.build.outputs[f]!)) / (mb * MB)).toFixed(2)}×`).join(", ")}`);
  }
  if (sizes.length >= 2) {
    lines.push("");
    lines.push(`size exponent k (time ∝ MB^k, least squares over all ${points.length} points, ${sizes.map((s) => s.toFixed(1)).join(" / ")} MB; 1 = linear), and in nodes for the layout:`);
    const fit = (f: (p: ScalePoint) => number) => exponent(points.map((p) => ({ x: p.mb, y: f(p) })));
    const cells = [
      ["read+decode", fit((p) => p.baseline.readMs)],
      ["jieba cut", fit((p) => p.baseline.jiebaMs)],
      ...stageNames.map((s) => [s, fit((p) => stageMs(p, s))] as const),
      ["build total", fit((p) => p.build.totalMs)],
      ["peak RSS", fit((p) => p.build.maxRss)],
    ] as const;
    for (const [name, k] of cells) lines.push(`  ${name.padEnd(14)} k = ${k.toFixed(2)}`);
    lines.push(`  layout in nodes k = ${exponent(points.map((p) => ({ x: p.build.nodes, y: stageMs(p, "layout") }))).toFixed(2)}; nodes in MB k = ${exponent(points.map((p) => ({ x: p.mb, y: p.build.nodes }))).toFixed(2)}`);
  }
  return lines.join("\n") + "\n";
}
