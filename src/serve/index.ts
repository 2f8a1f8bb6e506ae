// The serve stage: one small static HTTP server for the built viewer plus one graph file.
// It serves nothing but files under the viewer's dist folder and the single graph the user chose,
// so a request can never read elsewhere on the disk, whatever its path says.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { isIP, type AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { graphFilePath, graphKind } from "../graph-file/index.ts";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const VIEWER_DIR = join(REPO_ROOT, "viewer");
export const DEFAULT_PORT = 5178;
export const DEFAULT_HOST = "127.0.0.1";

export interface ServeOptions {
  /** graph.json or .gexf file to serve at /graph (and at /graph.json or /graph.gexf) */
  graphPath: string;
  /** 0 picks any free port */
  port?: number;
  host?: string;
  /** folder of the built viewer; default viewer/dist */
  distDir?: string;
  /** build viewer/dist with Vite first when it is missing or older than its sources (default true) */
  build?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  /** the graph's path by kind, /graph.json or /graph.gexf (it is at /graph too) */
  graphUrl: string;
  /** bound to a wildcard or non-loopback address: other machines can reach the viewer */
  exposed: boolean;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/gexf+xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

// Defence in depth for the viewer: even if some document text reached the DOM as markup,
// inline scripts and handlers would not run. blob: is for the ForceAtlas2 web worker.
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Maps a request path to a file under root, or null when the path is malformed or leaves root.
 * Rejects rather than normalises away `..`, so `/a/../b` is refused too: no legitimate viewer URL has one.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const parts = decoded.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) return null;
  const rel = parts.join("/");
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return null;
  const full = resolve(root, rel === "" ? "index.html" : rel);
  const inside = relative(resolve(root), full);
  if (inside.startsWith("..") || isAbsolute(inside) || inside.split(sep).includes("..")) return null;
  return full;
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Sources whose change makes viewer/dist stale: the app's own, and the shared modules it bundles (ontology, seeded random). */
function viewerSources(): string[] {
  return [
    join(VIEWER_DIR, "index.html"),
    join(VIEWER_DIR, "src"),
    join(VIEWER_DIR, "vite.config.ts"),
    join(REPO_ROOT, "src", "ontology", "index.ts"),
    join(REPO_ROOT, "src", "util"),
  ].filter((p) => existsSync(p));
}

export function viewerIsStale(distDir = join(VIEWER_DIR, "dist"), sources = viewerSources()): boolean {
  const built = join(distDir, "index.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((p) => existsSync(p) && newestMtime(p) > builtAt);
}

/** Builds viewer/dist with Vite's JS API when it is missing or older than the viewer's sources. */
export async function ensureViewerBuilt(opts: { force?: boolean; log?: (msg: string) => void } = {}): Promise<boolean> {
  if (!opts.force && !viewerIsStale()) return false;
  opts.log?.("building the viewer (vite)…");
  // Vite is a dev dependency: a checkout has it, an installed package ships viewer/dist instead
  let build: typeof import("vite").build;
  try {
    ({ build } = await import("vite"));
  } catch {
    throw new Error(`the viewer is not built (no ${join(VIEWER_DIR, "dist", "index.html")}) and Vite, which builds it, is not installed; in a checkout run npm install`);
  }
  // Build beside dist and swap it in, so a server never sees a half-written dist and two
  // concurrent builds (two test workers, two terminals) cannot interleave their files.
  const dist = join(VIEWER_DIR, "dist");
  const tmp = join(VIEWER_DIR, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({ configFile: join(VIEWER_DIR, "vite.config.ts"), logLevel: "warn", build: { outDir: tmp, emptyOutDir: true } });
    rmSync(dist, { recursive: true, force: true });
    renameSync(tmp, dist);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Another build finished first (its dist is just as fresh): keep it.
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw err;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return true;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
  res.end(body);
}

/**
 * Sends one file, read whole before the headers go out: a file that exists but cannot be read
 * (permissions, an I/O error) is a 500 for that request, never an error that ends the server.
 * `root`, when given, is a folder the file's real path must stay in (no symbolic links out of it).
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, contentType?: string, root?: string): Promise<void> {
  let real: string;
  try {
    // the graph as hkg build committed it, even if a build was killed half way through renaming its set
    real = await realpath(root === undefined ? await graphFilePath(file) : file);
  } catch {
    return send(res, 404, "not found\n");
  }
  if (root !== undefined && !inside(root, real)) return send(res, 403, "forbidden\n");
  let body: Buffer;
  try {
    const handle = await open(real, "r");
    try {
      if (!(await handle.stat()).isFile()) return send(res, 404, "not found\n");
      body = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return send(res, 500, `cannot read this file (${(err as NodeJS.ErrnoException).code ?? "error"})\n`);
  }
  const type = contentType ?? CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(200, {
    "content-type": type,
    "content-length": body.length,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
    "content-security-policy": CSP,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether a request's Host header names this server. A page on another site can make a browser
 * send requests here under its own host name (DNS rebinding); only loopback names, the bound
 * address, IP literals (when bound to all addresses) and this machine's name are answered.
 */
export function hostAllowed(header: string | undefined, bound: string): boolean {
  if (!header) return false;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::\d{1,5})?$/.exec(header.trim());
  if (!m) return false;
  const host = m[1]!.toLowerCase().replace(/\.$/, "");
  if (LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host)) return true;
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === bound) return true;
  if (bound === "0.0.0.0" || bound === "::") return isIP(bare) !== 0 || bare === hostname().toLowerCase();
  return false;
}

/** An address other machines could use to reach a server bound to all addresses, for the printed URL. */
function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const graphPath = resolve(opts.graphPath);
  const kind = graphKind(graphPath);
  if (!existsSync(graphPath)) throw new Error(`${opts.graphPath}: no such graph file (run hkg build first)`);
  let distDir = resolve(opts.distDir ?? join(VIEWER_DIR, "dist"));
  if (opts.build !== false && !opts.distDir) await ensureViewerBuilt();
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${distDir}: the viewer is not built`);
  distDir = realpathSync(distDir);
  const graphUrl = `/graph.${kind}`;

  let bound = "";
  const server: Server = createServer((req, res) => {
    if (!hostAllowed(req.headers.host, bound)) return send(res, 421, "unknown host\n");
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed\n");
    const raw = req.url ?? "/";
    // Absolute-form targets (GET http://host/path) and anything not starting at / are refused outright.
    if (!raw.startsWith("/")) return send(res, 400, "bad request\n");
    const path = raw.split(/[?#]/, 1)[0]!;
    // /graph is the fixed address the app loads; /graph.json or /graph.gexf names the same file by kind.
    if (path === "/graph" || path === graphUrl) return void sendFile(req, res, graphPath, CONTENT_TYPES[`.${kind}`]);
    const file = resolveStatic(distDir, path);
    if (file === null) return send(res, 403, "forbidden\n");
    void sendFile(req, res, file, undefined, distDir);
  });

  const host = opts.host ?? DEFAULT_HOST;
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off("error", fail);
      ok();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  bound = address;
  const wildcard = address === "0.0.0.0" || address === "::";
  const loopback = address === "::1" || address.startsWith("127.");
  // bound to every address: print the one other machines would use, not a loopback one
  const reachable = wildcard ? (lanAddress() ?? (address === "::" ? "::1" : "127.0.0.1")) : address;
  const shown = reachable.includes(":") ? `[${reachable}]` : reachable;
  return {
    url: `http://${shown}:${port}/`,
    port,
    host: address,
    graphUrl,
    exposed: !loopback,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
