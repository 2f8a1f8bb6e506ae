export interface StageRun {
  stage: string;
  ms: number;
  /** resident set size at the end of the stage */
  rss: number;
  /** peak resident set size of the process up to the end of the stage */
  maxRss: number;
}

export interface RunFigures {
  mb: number;
  files: number;
  documents: number;
  problems: number;
  nodes: number;
  edges: number;
  totalMs: number;
  /** the warm-up build before the measured one */
  warmMs: number;
  /** ForceAtlas2 + noverlap alone, timed again after the build */
  layoutMs?: number;
  maxRss: number;
  stages: StageRun[];
}

const mid = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The median of every figure across runs, stage by stage (medians resist one noisy run; means do not). */
export function median(runs: RunFigures[]): RunFigures {
  const first = runs[0]!;
  return {
    ...first,
    totalMs: mid(runs.map((r) => r.totalMs)),
    warmMs: mid(runs.map((r) => r.warmMs)),
    ...(first.layoutMs !== undefined ? { layoutMs: mid(runs.map((r) => r.layoutMs ?? 0)) } : {}),
    maxRss: mid(runs.map((r) => r.maxRss)),
    stages: first.stages.map((s, i) => ({
      stage: s.stage,
      ms: mid(runs.map((r) => r.stages[i]!.ms)),
      rss: mid(runs.map((r) => r.stages[i]!.rss)),
      maxRss: mid(runs.map((r) => r.stages[i]!.maxRss)),
    })),
  };
}

const MB = 1024 * 1024;
const pad = (s: string, n: number) => s.padStart(n);

export function formatTable(f: RunFigures, runs: number): string {
  const lines = [
    `corpus ${f.mb.toFixed(1)} MB, ${f.files} files, ${f.documents} documents read, ${f.problems} problems; graph ${f.nodes} nodes, ${f.edges} edges` +
      (runs > 1 ? ` (median of ${runs} runs)` : ""),
    `${"stage".padEnd(8)}${pad("ms", 10)}${pad("MB/s", 9)}${pad("docs/s", 10)}${pad("RSS MB", 9)}${pad("peak MB", 9)}`,
  ];
  for (const s of f.stages) {
    const sec = s.ms / 1000;
    lines.push(
      `${s.stage.padEnd(8)}${pad(s.ms.toFixed(0), 10)}${pad(rate(f.mb, sec), 9)}${pad(rate(f.documents, sec), 10)}${pad((s.rss / MB).toFixed(0), 9)}${pad((s.maxRss / MB).toFixed(0), 9)}`,
    );
  }
  const sec = f.totalMs / 1000;
  lines.push(`${"total".padEnd(8)}${pad(f.totalMs.toFixed(0), 10)}${pad(rate(f.mb, sec), 9)}${pad(rate(f.documents, sec), 10)}${pad("", 9)}${pad((f.maxRss / MB).toFixed(0), 9)}`);
  if (f.layoutMs !== undefined) {
    lines.push(`  of which layout ${pad(f.layoutMs.toFixed(0), 8)} ms for ${f.nodes} nodes (ForceAtlas2 + noverlap, timed again after the build)`);
  }
  lines.push(`(warm-up build before measuring, module loading included: ${f.warmMs.toFixed(0)} ms; peak MB = process peak RSS up to the end of the stage)`);
  return lines.join("\n") + "\n";
}

const rate = (n: number, sec: number) => (sec > 0 ? (n / sec).toFixed(n / sec >= 100 ? 0 : 1) : "-");

/**
 * Per-MB time of each stage at the largest size divided by that at the smallest: about 1 means
 * linear; the size ratio itself (4 for 5 → 20 MB) would mean quadratic.
 */
export function formatLinearity(results: Map<number, RunFigures>): string {
  const sizes = [...results.keys()].sort((a, b) => a - b);
  const small = results.get(sizes[0]!)!;
  const large = results.get(sizes[sizes.length - 1]!)!;
  const sizeRatio = large.mb / small.mb;
  const lines = [
    `linearity ${small.mb.toFixed(1)} MB → ${large.mb.toFixed(1)} MB (×${sizeRatio.toFixed(1)}): per-MB time ratio (1.0 = linear, ${sizeRatio.toFixed(1)} = quadratic) and the exponent it implies`,
  ];
  const stages = small.stages.map((s) => ({ stage: s.stage, ms: s.ms }));
  if (small.layoutMs !== undefined && large.layoutMs !== undefined) stages.push({ stage: "layout", ms: small.layoutMs });
  stages.push({ stage: "total", ms: small.totalMs });
  for (const s of stages) {
    const l = s.stage === "layout" ? large.layoutMs : s.stage === "total" ? large.totalMs : large.stages.find((x) => x.stage === s.stage)?.ms;
    if (l === undefined) continue;
    const ratio = l / large.mb / (s.ms / small.mb);
    // time ∝ size^k: k = 1 + log(ratio) / log(size ratio); 1 is linear, 2 quadratic
    const k = 1 + Math.log(ratio) / Math.log(sizeRatio);
    const verdict = s.ms < 50 ? "too fast to judge" : k < 1.25 ? "linear" : k < 1.6 ? "somewhat superlinear" : "superlinear";
    lines.push(`  ${s.stage.padEnd(8)}${pad(ratio.toFixed(2), 7)}   ~size^${k.toFixed(2)}  ${verdict}`);
  }
  // the graph does not grow in step with the text (a corpus repeats its entities), so per-node
  // figures tell more about graph and layout than per-MB ones
  if (large.nodes !== small.nodes && small.layoutMs !== undefined && large.layoutMs !== undefined) {
    const nodeRatio = large.nodes / small.nodes;
    lines.push(
      `graph ${small.nodes} → ${large.nodes} nodes (×${nodeRatio.toFixed(1)}); layout per-node time ratio ${(large.layoutMs / large.nodes / (small.layoutMs / small.nodes)).toFixed(2)} (1.0 = linear in nodes, ${nodeRatio.toFixed(1)} = quadratic)`,
    );
  }
  return lines.join("\n") + "\n";
}
