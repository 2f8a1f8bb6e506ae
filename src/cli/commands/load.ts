import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { COMMAND_META } from "./meta.ts";
import { GraphFileError } from "../../graph-file/index.ts";
import { configFromEnv, DEFAULT_BATCH, LoadError, loadGraphFile, MARKER_LABEL, Neo4jConnectError } from "../../neo4j/index.ts";
import { CliError, EXIT } from "../errors.ts";

export default defineCommand({
  plugins: [strictArgs],
  meta: COMMAND_META.load,
  args: {
    graph: { type: "positional", required: false, default: "graph/graph.json", description: "graph file written by hkg build" },
    wipe: { type: "boolean", default: false, description: `first remove what earlier loads wrote (nodes labelled :${MARKER_LABEL}), nothing else` },
    keep: { type: "boolean", default: false, description: "keep what earlier loads wrote that this graph no longer holds (by default it is removed, so the database follows the latest build)" },
    batch: { type: "string", default: String(DEFAULT_BATCH), description: "rows per transaction" },
    quiet: { type: "boolean", default: false, description: "print nothing but errors (no progress, no summary)" },
  },
  async run({ args }) {
    const batchSize = Number(args.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError(`--batch must be a positive integer, not "${args.batch}"`, EXIT.usage);
    const config = configFromEnv();
    // A terminal gets one line rewritten in place; a log file gets a line per batch.
    const tty = process.stderr.isTTY === true;
    let open = false;
    const progress = (done: number, total: number, what: string) => {
      if (args.quiet) return;
      const line = `load: batch ${done}/${total} (${what})`;
      open = tty && done < total;
      process.stderr.write(tty ? `\r${line}\x1b[K${open ? "" : "\n"}` : `${line}\n`);
    };
    try {
      const r = await loadGraphFile(String(args.graph), config, {
        batchSize,
        wipe: args.wipe,
        keep: args.keep,
        onProgress: (p) => progress(p.done, p.total, `${p.phase} ${p.group}`),
      });
      const c = r.counters;
      const lines = [
        `loaded ${args.graph} into ${config.uri} (database ${config.database}) in ${r.seconds.toFixed(1)}s`,
        ...(args.wipe ? [`  wiped:         ${r.wiped} nodes`] : []),
        `  entities:      ${r.rows.entities}`,
        `  documents:     ${r.rows.documents}`,
        `  relations:     ${r.rows.relations}`,
        `  mentions:      ${r.rows.mentions}`,
        ...(args.keep ? [] : [`  removed:       ${r.pruned.nodes} nodes and ${r.pruned.relationships} relationships this graph no longer holds`]),
        `  nodes:         ${c.nodesCreated} created, ${r.rows.entities + r.rows.documents - c.nodesCreated} already there (updated)`,
        `  relationships: ${c.relationshipsCreated} created, ${r.rows.relations + r.rows.mentions - c.relationshipsCreated} already there (updated)`,
        `  properties set: ${c.propertiesSet}, labels added: ${c.labelsAdded}, schema: ${c.constraintsAdded} constraints and ${c.indexesAdded} indexes added`,
        `  ${r.batches} batches of up to ${batchSize} rows`,
      ];
      if (!args.quiet) process.stdout.write(lines.join("\n") + "\n");
    } catch (err) {
      if (open) process.stderr.write("\n");
      if (err instanceof GraphFileError) throw new CliError(err.message, EXIT.usage);
      if (err instanceof LoadError) throw new CliError(err.message, EXIT.neo4j);
      if (err instanceof Neo4jConnectError) throw new CliError(`nothing written: ${err.message}`, EXIT.neo4j);
      throw err;
    }
  },
});
