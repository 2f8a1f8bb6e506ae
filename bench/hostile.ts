// Hostile single documents at growing sizes (issue 12, items 4, 5 and 10): a long line without
// sentence marks, deeply nested <div>s, one element with very many attributes, a huge name. Each
// size is built in a fresh process; the table gives time, peak RSS and output size per size and
// the growth exponent between the smallest and the largest size (1 = linear, 2 = quadratic).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface HostileCase {
  name: string;
  /** sizes in the case's own unit */
  sizes: number[];
  unit: string;
  file: string;
  make(size: number, corpusText: string): string;
}

/** The bundled report's text with every sentence mark and line break taken out: one "sentence". */
function unpunctuated(corpusText: string): string {
  return corpusText.replace(/[。！？!?；;\n\r]/g, "");
}

export const CASES: HostileCase[] = [
  {
    name: "long line, no sentence mark",
    sizes: [0.125, 0.25, 0.5, 1],
    unit: "MB",
    file: "line.txt",
    make(mb, text) {
      const body = unpunctuated(text);
      const target = mb * 1024 * 1024;
      let out = "";
      while (Buffer.byteLength(out) < target) out += body;
      return out;
    },
  },
  {
    name: "nested <div>s",
    sizes: [5_000, 10_000, 20_000, 40_000],
    unit: "deep",
    file: "nested.html",
    make(depth) {
      return `<!doctype html><html><body>${"<div>".repeat(depth)}<p>徐州市推进徐州高新区建设，云龙湖实验室依托中国矿业大学建设。</p>${"</div>".repeat(depth)}</body></html>`;
    },
  },
  {
    name: "attributes on one element",
    sizes: [25_000, 50_000, 100_000],
    unit: "attrs",
    file: "attrs.html",
    make(n) {
      const attrs = Array.from({ length: n }, (_, i) => ` data-a${i}="${i}"`).join("");
      return `<!doctype html><html><body><div${attrs}><p>徐州市推进徐州高新区建设，云龙湖实验室依托中国矿业大学建设。</p></div></body></html>`;
    },
  },
];

export interface HostileFigures {
  ms: number;
  maxRss: number;
  outBytes: number;
  documents: number;
  problems: string[];
}

export function runHostile(root: string, benchDir: string, only?: string): string {
  const corpusText = readFileSync(path.join(root, "corpus", "004_2c1e22cf835918bb.txt"), "utf8");
  const lines: string[] = [];
  for (const c of CASES) {
    if (only && !c.name.includes(only)) continue;
    const rows: { size: number; f: HostileFigures }[] = [];
    for (const size of c.sizes) {
      const dir = path.join(benchDir, "hostile", `${c.file}-${size}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, c.file);
      writeFileSync(file, c.make(size, corpusText));
      process.stderr.write(`bench: ${c.name}, ${size} ${c.unit} (${(statSync(file).size / 1e6).toFixed(2)} MB) …\n`);
      const r = spawnSync(process.execPath, [path.join(root, "bin", "bench.js"), "--hostile-child", file, path.join(dir, "out")], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      if (r.status !== 0) {
        lines.push(`${c.name} ${size} ${c.unit}: build failed (exit ${r.status})`);
        continue;
      }
      rows.push({ size, f: JSON.parse(r.stdout) as HostileFigures });
    }
    lines.push(`${c.name}`);
    lines.push(`  ${"size".padStart(10)}  ${"time s".padStart(8)}  ${"peak RSS MB".padStart(11)}  ${"outputs MB".padStart(10)}  docs  problems`);
    for (const { size, f } of rows) {
      lines.push(
        `  ${`${size} ${c.unit}`.padStart(10)}  ${(f.ms / 1000).toFixed(2).padStart(8)}  ${(f.maxRss / 1048576).toFixed(0).padStart(11)}  ${(f.outBytes / 1048576).toFixed(2).padStart(10)}  ${String(f.documents).padStart(4)}  ${f.problems.join("; ").slice(0, 80)}`,
      );
    }
    if (rows.length >= 2) {
      const a = rows[0]!;
      const b = rows[rows.length - 1]!;
      const k = Math.log(b.f.ms / a.f.ms) / Math.log(b.size / a.size);
      const o = Math.log(Math.max(1, b.f.outBytes) / Math.max(1, a.f.outBytes)) / Math.log(b.size / a.size);
      lines.push(`  growth ${a.size}→${b.size} ${c.unit}: time ∝ size^${k.toFixed(2)}, outputs ∝ size^${o.toFixed(2)}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** One hostile build in this process: the build's own time, not module loading. */
export async function hostileChild(file: string, out: string): Promise<void> {
  const { build } = await import("../src/pipeline/index.ts");
  const t = performance.now();
  const { summary } = await build([file], { out, layout: false });
  const ms = performance.now() - t;
  const outBytes = readdirSync(out).reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
  const figures: HostileFigures = {
    ms,
    maxRss: process.resourceUsage().maxRSS * 1024,
    outBytes,
    documents: summary.documents,
    problems: summary.problems.map((p) => p.problem),
  };
  process.stdout.write(JSON.stringify(figures));
}
