import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { COMMAND_META } from "./meta.ts";
import { existsSync } from "node:fs";
import { graphKind } from "../../graph-file/index.ts";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../../serve/index.ts";
import { CliError, EXIT } from "../errors.ts";

export default defineCommand({
  plugins: [strictArgs],
  meta: COMMAND_META.serve,
  args: {
    graph: { type: "positional", required: false, description: "graph.json or graph.gexf (default: graph/graph.json)", valueHint: "FILE" },
    port: { type: "string", alias: "p", default: String(DEFAULT_PORT), description: "port; 0 picks a free one", valueHint: "N" },
    host: { type: "string", default: DEFAULT_HOST, description: "address to bind; 0.0.0.0 exposes the viewer to the network", valueHint: "H" },
  },
  async run({ args }) {
    const graphPath = args.graph ? String(args.graph) : "graph/graph.json";
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be an integer 0..65535, not "${args.port}"`, 2);
    try {
      graphKind(graphPath);
    } catch (err) {
      throw new CliError((err as Error).message, 2);
    }
    if (!existsSync(graphPath)) throw new CliError(`${graphPath}: no such file (build one with: hkg build corpus --out graph)`, EXIT.usage);
    let server;
    try {
      server = await startServer({ graphPath, port, host: String(args.host), build: true });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "EADDRINUSE") throw new CliError(`port ${port} is in use; try --port 0`, 1);
      throw new CliError(e.message, 1);
    }
    // Resolve only once the server has closed, so the process exits cleanly with code 0. The
    // handlers go in before the URL is printed: a Ctrl+C (or a script's SIGINT) right after
    // the URL would otherwise meet the default action and kill the process.
    const running = server;
    const closed = new Promise<void>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        void running.close().then(done);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    if (server.exposed) {
      process.stderr.write(`hkg: warning: --host ${String(args.host)} exposes the viewer and the graph to every machine that can reach this one (no password); use --host 127.0.0.1 to keep it local\n`);
    }
    process.stdout.write(`hkg viewer: ${server.url}  (graph: ${graphPath}; Ctrl+C stops)\n`);
    await closed;
  },
});
