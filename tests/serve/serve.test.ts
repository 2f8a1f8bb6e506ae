import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawn } from "node:child_process";
import { resolveStatic, startServer, viewerIsStale, type RunningServer } from "../../src/serve/index.ts";

const FIXTURE = resolve("tests/fixtures/viewer/graph.json");

/** A raw GET that sends the path exactly as given (fetch() would normalise ../ away first). */
function rawGet(port: number, path: string, method = "GET"): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("resolveStatic", () => {
  const root = "/srv/dist";
  it("maps ordinary paths under the root, / to index.html", () => {
    expect(resolveStatic(root, "/")).toBe("/srv/dist/index.html");
    expect(resolveStatic(root, "/assets/index-abc.js")).toBe("/srv/dist/assets/index-abc.js");
    expect(resolveStatic(root, "/assets/%E4%B8%AD.js")).toBe("/srv/dist/assets/中.js");
  });
  it.each([
    "/../package.json",
    "/assets/../../package.json",
    "/%2e%2e/package.json",
    "/%2E%2E%2Fpackage.json",
    "/assets/%2e%2e%2f%2e%2e%2fsrc/serve/index.ts",
    "/..%5c..%5cpackage.json",
    "/a/%00/b",
    "/%E0%A4%A", // malformed escape
  ])("refuses %s", (path) => {
    expect(resolveStatic(root, path)).toBeNull();
  });
  it("keeps absolute-looking paths inside the root", () => {
    expect(resolveStatic(root, "//etc/passwd")).toBe("/srv/dist/etc/passwd");
    expect(resolveStatic(root, "/%2Fetc%2Fpasswd")).toBe("/srv/dist/etc/passwd");
    expect(resolveStatic(root, "/C:/Windows/win.ini")).toBeNull();
  });
});

describe("viewerIsStale", () => {
  it("asks for a build when dist is missing or older than any source file, even one deep in a folder", () => {
    const root = mkdtempSync(join(tmpdir(), "hkg-stale-"));
    const dist = join(root, "dist");
    const src = join(root, "src");
    mkdirSync(join(src, "views"), { recursive: true });
    writeFileSync(join(src, "views", "panel.ts"), "");
    expect(viewerIsStale(dist, [src])).toBe(true);
    mkdirSync(dist);
    writeFileSync(join(dist, "index.html"), "");
    const t = Date.now() / 1000;
    utimesSync(join(src, "views", "panel.ts"), t - 100, t - 100);
    utimesSync(join(src, "views"), t - 100, t - 100);
    utimesSync(src, t - 100, t - 100);
    utimesSync(join(dist, "index.html"), t - 50, t - 50);
    expect(viewerIsStale(dist, [src])).toBe(false);
    utimesSync(join(src, "views", "panel.ts"), t, t);
    expect(viewerIsStale(dist, [src])).toBe(true);
  });
});

describe("startServer", () => {
  let server: RunningServer;
  let dist: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "hkg-serve-"));
    dist = join(root, "dist");
    mkdirSync(join(dist, "assets"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
    writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
    writeFileSync(join(dist, "assets", "app.css"), "body{}");
    // a file beside dist that a traversal would reach
    writeFileSync(join(root, "hkg-serve-secret.txt"), "secret");
    server = await startServer({ graphPath: FIXTURE, port: 0, distDir: dist });
  });
  afterAll(() => server?.close());

  it("binds 127.0.0.1 by default on the requested free port and prints that URL", () => {
    expect(server.host).toBe("127.0.0.1");
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it("serves the viewer and the chosen graph with proper content types", async () => {
    const index = await rawGet(server.port, "/");
    expect(index.status).toBe(200);
    expect(index.type).toMatch(/^text\/html/);
    expect((await rawGet(server.port, "/assets/app.js")).type).toMatch(/^text\/javascript/);
    expect((await rawGet(server.port, "/assets/app.css")).type).toMatch(/^text\/css/);
    const graph = await rawGet(server.port, "/graph.json?v=1");
    expect(graph.status).toBe(200);
    expect(graph.type).toMatch(/^application\/json/);
    expect(JSON.parse(graph.body).nodes.some((n: { key: string }) => n.key === "中国矿业大学")).toBe(true);
    const fixed = await rawGet(server.port, "/graph");
    expect(fixed.type).toMatch(/^application\/json/);
    expect(fixed.body).toBe(graph.body);
    expect((await rawGet(server.port, "/graph.gexf")).status).toBe(404);
    expect((await rawGet(server.port, "/missing.js")).status).toBe(404);
  });

  it.each(["/../hkg-serve-secret.txt", "/%2e%2e/hkg-serve-secret.txt", "/assets/..%2f..%2fhkg-serve-secret.txt", "/..%2F..%2F..%2Fetc%2Fpasswd", "/%2e%2e%5chkg-serve-secret.txt"])(
    "answers 403 to the traversal %s and does not leak the file beside dist",
    async (path) => {
      const res = await rawGet(server.port, path);
      expect(res.status).toBe(403);
      expect(res.body).not.toContain("secret");
    },
  );

  it("does not serve absolute paths from the disk", async () => {
    const res = await rawGet(server.port, "//etc/passwd");
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("root:");
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await rawGet(server.port, "/", "POST")).status).toBe(405);
    expect((await rawGet(server.port, "/", "HEAD")).status).toBe(200);
  });

  it("serves a .gexf graph at /graph and /graph.gexf as GEXF", async () => {
    const gexf = join(dist, "..", "g.gexf");
    writeFileSync(gexf, '<?xml version="1.0"?><gexf version="1.3"><graph><nodes/><edges/></graph></gexf>');
    const other = await startServer({ graphPath: gexf, port: 0, distDir: dist });
    try {
      expect(other.graphUrl).toBe("/graph.gexf");
      for (const path of ["/graph", "/graph.gexf"]) expect((await rawGet(other.port, path)).type).toMatch(/^application\/gexf\+xml/);
      expect((await rawGet(other.port, "/graph.json")).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it("rejects a graph file that is neither .json nor .gexf", async () => {
    await expect(startServer({ graphPath: "README.md", port: 0, distDir: dist })).rejects.toThrow(/\.json .* or \.gexf/);
  });
});

describe("hkg serve", () => {
  it("prints the URL, serves the viewer with the graph, and exits 0 on SIGINT", async () => {
    const child = spawn(process.execPath, ["bin/hkg.js", "serve", FIXTURE, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.on("data", (c) => (err += String(c)));
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no URL printed; stderr: ${err}`)), 300_000);
      child.stdout.on("data", (c) => {
        out += String(c);
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          ok(m[0]);
        }
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${err}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="sigma"');
    expect((await fetch(new URL("graph.json", url))).status).toBe(200);
    const code = await new Promise<number | null>((ok) => {
      child.on("exit", (c) => ok(c));
      child.kill("SIGINT");
    });
    expect(code).toBe(0);
  });

  it("exits 2 with a message for a graph of the wrong kind", async () => {
    const child = spawn(process.execPath, ["bin/hkg.js", "serve", "package.json.txt"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (c) => (err += String(c)));
    const code = await new Promise<number | null>((ok) => child.on("exit", ok));
    expect(code).toBe(2);
    expect(err).toMatch(/\.json .* or \.gexf/);
  });
});
