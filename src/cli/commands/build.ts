import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { COMMAND_META } from "./meta.ts";
import { existsSync } from "node:fs";
import path from "node:path";
import { build, type BuildSummary, type Stage } from "../../pipeline/index.ts";
import type { GexfVersion } from "../../export/index.ts";
import { CliError, EXIT } from "../errors.ts";
import { printableLine } from "../../util/printable.ts";
import { progressReporter } from "../progress.ts";
import { parseIsoDate } from "../../ingest/index.ts";

export default defineCommand({
  plugins: [strictArgs],
  meta: COMMAND_META.build,
  args: {
    paths: { type: "positional", required: false, description: "files and folders to read (default: corpus/)", valueHint: "paths…" },
    out: { type: "string", alias: "o", default: "graph", description: "output folder", valueHint: "DIR" },
    quiet: { type: "boolean", alias: "q", default: false, description: "print nothing but errors" },
    strict: { type: "boolean", default: false, description: "exit non-zero, writing nothing, when any input could not be read" },
    csv: { type: "boolean", default: false, description: "also write nodes and relationships CSVs for neo4j-admin database import (docs/neo4j.md)" },
    json: { type: "boolean", default: false, description: "print the summary as JSON on stdout" },
    "gexf-version": { type: "enum", options: ["1.3", "1.2"], default: "1.3", description: "GEXF version of graph.gexf (1.2 for readers that stop there, e.g. networkx 2.x)" },
    cache: { type: "string", description: "folder keeping each document's extraction between builds, so a rebuild extracts only new and changed documents (default: DIR/.hkg-cache)", valueHint: "DIR" },
    "no-cache": { type: "boolean", default: false, description: "extract every document again, and keep no cache" },
    date: { type: "string", description: "date of documents that give none in their text, metadata or sidecar (FILE.meta.json with {\"date\": …})", valueHint: "YYYY[-MM[-DD]]" },
    jobs: { type: "string", alias: "j", description: "threads extracting documents; the graph is the same whatever the number (default: one per core, up to 4, for more than about 1 MB of text to extract)", valueHint: "N" },
  },
  async run({ args, rawArgs }) {
    const inputs = args._.length ? args._.map(String) : ["corpus"];
    const progress = args.quiet ? undefined : progressReporter();
    // citty reads --no-cache as cache = false, whatever else is given: look at the words themselves
    const noCache = rawArgs.includes("--no-cache");
    const cacheDir = rawArgs.some((a) => a === "--cache" || a.startsWith("--cache=")) ? String(args.cache) : undefined;
    if (noCache && cacheDir !== undefined) throw new CliError("--cache and --no-cache contradict each other; give one", EXIT.usage);
    if (args.date !== undefined && !parseIsoDate(String(args.date))) throw new CliError(`--date ${args.date}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, EXIT.usage);
    const jobs = args.jobs === undefined ? undefined : Number(args.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new CliError(`--jobs ${args.jobs}: not a number of threads (1 to 64)`, EXIT.usage);
    const { summary } = await build(inputs, {
      out: args.out,
      cache: noCache ? false : cacheDir,
      ...(args.date !== undefined ? { date: String(args.date) } : {}),
      strict: args.strict,
      ...(jobs !== undefined ? { jobs } : {}),
      export: { gexf: { version: args["gexf-version"] as GexfVersion }, csv: args.csv },
      onProgress: progress && ((stage: Stage, done: number, total: number) => progress.update(stage, done, total)),
    });
    progress?.done();
    for (const p of summary.problems) process.stderr.write(`hkg: ${printableLine(p.path)}: ${printableLine(p.problem)}\n`);
    if (!args.quiet) for (const w of summary.cache.warnings) process.stderr.write(`hkg: warning: ${printableLine(w)}\n`);
    if (summary.documents === 0) {
      // every path named is a typo or a stale path: a mistake in the command line, not in the documents
      const code = inputs.every((p) => !existsSync(p)) ? EXIT.usage : EXIT.failed;
      throw new CliError(`no documents could be read from ${inputs.join(", ")}; nothing written`, code);
    }
    // under --strict a problem fails the build before anything is written
    if (args.strict && summary.problems.length) {
      throw new CliError(`${summary.problems.length} problem(s) with the input (--strict); nothing written`, EXIT.failed);
    }
    if (args.json) process.stdout.write(JSON.stringify(summaryJson(summary), null, 2) + "\n");
    else if (!args.quiet) process.stdout.write(formatSummary(summary, args.out));
  },
});

export function formatSummary(s: BuildSummary, out: string): string {
  const lines: string[] = [];
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  lines.push(`documents read: ${s.documents} (${(s.characters / 1000).toFixed(1)}k characters)`);
  if (s.cache.reused) lines.push(`  reused from the cache: ${s.cache.reused}, extracted: ${s.documents - s.cache.reused}`);
  lines.push(`entities: ${total(s.entities)}`);
  for (const [k, v] of Object.entries(s.entities)) if (v) lines.push(`  ${k.padEnd(16)} ${String(v).padStart(6)}`);
  lines.push(`relations: ${total(s.relations)}`);
  for (const [k, v] of Object.entries(s.relations)) if (v) lines.push(`  ${k.padEnd(16)} ${String(v).padStart(6)}`);
  lines.push(`problems: ${s.problems.length}`);
  lines.push(`written: ${s.files.map((f) => path.relative(process.cwd(), f) || f).join(", ")} (into ${out}/)`);
  return lines.join("\n") + "\n";
}

/** The summary for scripts: counts, problems and the files written (paths as given); no timings, so equal runs print equal JSON. */
export function summaryJson(s: BuildSummary) {
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    documents: s.documents,
    characters: s.characters,
    reused: s.cache.reused,
    entities: { total: total(s.entities), ...s.entities },
    relations: { total: total(s.relations), ...s.relations },
    problems: s.problems,
    files: s.files.map((f) => path.relative(process.cwd(), f) || f),
  };
}
