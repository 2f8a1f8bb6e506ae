import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { COMMAND_META } from "./meta.ts";
import { evaluate, EvalInputError, formatReport, readGoldDir, reportJson } from "../../eval/index.ts";
import { GraphFileError, readGraphFile } from "../../graph-file/index.ts";
import { CliError, EXIT } from "../errors.ts";

export default defineCommand({
  plugins: [strictArgs],
  meta: COMMAND_META.eval,
  args: {
    gold: { type: "positional", required: true, description: "folder of gold files (<document>.json)", valueHint: "GOLD_DIR" },
    graph: { type: "string", default: "graph/graph.json", description: "graph to score (graphology JSON from hkg build)", valueHint: "FILE" },
    verbose: { type: "boolean", default: false, description: "list missed and wrong nodes and edges" },
    json: { type: "boolean", default: false, description: "print the scores as JSON" },
    "min-node-f1": { type: "string", description: "exit 1 when node F1 is below this", valueHint: "X" },
    "min-edge-f1": { type: "string", description: "exit 1 when edge F1 is below this", valueHint: "Y" },
  },
  async run({ args }) {
    const threshold = (name: string, v: unknown): number | undefined => {
      if (v === undefined || v === "") return undefined;
      const x = Number(v);
      if (!Number.isFinite(x)) throw new CliError(`--${name} takes a number, not "${String(v)}"`, EXIT.usage);
      return x;
    };
    const minN = threshold("min-node-f1", args["min-node-f1"]);
    const minE = threshold("min-edge-f1", args["min-edge-f1"]);
    let report;
    try {
      report = evaluate(await readGraphFile(args.graph), readGoldDir(String(args.gold)));
    } catch (e) {
      if (e instanceof EvalInputError || e instanceof GraphFileError) throw new CliError(e.message, EXIT.usage);
      throw e;
    }
    for (const w of report.warnings) process.stderr.write(`${w}\n`);
    process.stdout.write(args.json ? reportJson(report) : formatReport(report, args.verbose));
    if ((minN !== undefined && report.nodes.f1 < minN) || (minE !== undefined && report.edges.f1 < minE)) {
      throw new CliError(`below threshold: nodes F1 ${report.nodes.f1.toFixed(3)}${minN !== undefined ? ` (min ${minN})` : ""}, edges F1 ${report.edges.f1.toFixed(3)}${minE !== undefined ? ` (min ${minE})` : ""}`, EXIT.failed);
    }
  },
});
