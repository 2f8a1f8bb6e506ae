import { defineConfig, type Plugin } from "vite";
import { createReadStream, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
const bundledGraph = fileURLToPath(new URL("../graph/graph.json", import.meta.url));

/** `npm run viewer:dev` only: answer /graph with the built graph, as `hkg serve` does. */
function devGraph(): Plugin {
  return {
    name: "hkg-dev-graph",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== "/graph" && req.url !== "/graph.json") return next();
        if (!existsSync(bundledGraph)) {
          res.statusCode = 404;
          res.end("run npm run build:graph first\n");
          return;
        }
        res.setHeader("content-type", "application/json; charset=utf-8");
        createReadStream(bundledGraph).pipe(res);
      });
    },
  };
}

// The viewer is a static app: relative base so viewer/dist works from any path and offline.
export default defineConfig({
  root,
  base: "./",
  logLevel: "warn",
  plugins: [devGraph()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5179, host: "127.0.0.1" },
});
