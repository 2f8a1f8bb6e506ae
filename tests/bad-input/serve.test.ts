// Issue 12, items 3 and 9: hkg serve survives unreadable files, serves nothing a symbolic link
// points to outside its folder, answers only its own host names, and says when it is exposed.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostAllowed, startServer, type RunningServer } from "../../src/serve/index.ts";

const FIXTURE = resolve("tests/fixtures/viewer/graph.json");

function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

const root = mkdtempSync(join(tmpdir(), "hkg-serve-bad-"));
const dist = join(root, "dist");
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(root, { recursive: true, force: true });
});

beforeAll(() => {
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "secret outside dist");
  symlinkSync(join(root, "secret.txt"), join(dist, "assets", "secret.txt"));
  symlinkSync("/etc/hostname", join(dist, "hostname.txt"));
  symlinkSync(join(dist, "assets", "app.js"), join(dist, "alias.js"));
  symlinkSync(root, join(dist, "up"));
});

async function serve(graphPath: string, host?: string): Promise<RunningServer> {
  const s = await startServer({ graphPath, port: 0, distDir: dist, ...(host ? { host } : {}) });
  servers.push(s);
  return s;
}

describe("hkg serve and unreadable files (item 3)", () => {
  it("answers 500 for a graph that exists but cannot be read, and keeps serving", async () => {
    // /proc/self/mem is a regular file whose first bytes give EIO on read, for root too
    const graph = join(root, "graph.json");
    symlinkSync("/proc/self/mem", graph);
    const s = await serve(graph);
    const res = await get(s.port, "/graph");
    expect(res.status).toBe(500);
    expect(res.body).toMatch(/cannot read/);
    expect((await get(s.port, "/")).status).toBe(200);
    expect((await get(s.port, "/graph.json")).status).toBe(500);
  });

  it.skipIf(process.getuid?.() === 0)("answers 500 for a viewer file without read permission", async () => {
    writeFileSync(join(dist, "assets", "locked.js"), "x");
    chmodSync(join(dist, "assets", "locked.js"), 0);
    const s = await serve(FIXTURE);
    expect((await get(s.port, "/assets/locked.js")).status).toBe(500);
    expect((await get(s.port, "/")).status).toBe(200);
  });
});

describe("hkg serve: links, hosts, exposure (item 9)", () => {
  let s: RunningServer;
  beforeAll(async () => {
    s = await serve(FIXTURE);
  });

  it("refuses symbolic links that lead out of the served folder, serves those that stay inside", async () => {
    for (const p of ["/assets/secret.txt", "/hostname.txt", "/up/secret.txt"]) {
      const res = await get(s.port, p);
      expect(res.status, p).toBe(403);
      expect(res.body).not.toContain("secret");
    }
    const alias = await get(s.port, "/alias.js");
    expect(alias.status).toBe(200);
    expect(alias.body).toBe("console.log(1)");
  });

  it("answers only requests that name this server in their Host header", async () => {
    expect((await get(s.port, "/", "evil.example")).status).toBe(421);
    expect((await get(s.port, "/", `evil.example:${s.port}`)).status).toBe(421);
    expect((await get(s.port, "/", `localhost:${s.port}`)).status).toBe(200);
    expect((await get(s.port, "/", "127.0.0.1")).status).toBe(200);
    expect(hostAllowed(undefined, "127.0.0.1")).toBe(false);
    expect(hostAllowed("192.168.1.20:5178", "127.0.0.1")).toBe(false);
    expect(hostAllowed("192.168.1.20:5178", "0.0.0.0")).toBe(true);
    expect(hostAllowed("[::1]:5178", "::")).toBe(true);
    expect(hostAllowed("attacker.example", "0.0.0.0")).toBe(false);
  });

  it("bound to 0.0.0.0: says it is exposed and gives a URL other machines can use", async () => {
    const wide = await serve(FIXTURE, "0.0.0.0");
    expect(wide.exposed).toBe(true);
    expect(s.exposed).toBe(false);
    const lan = Object.values(networkInterfaces()).flat().find((a) => a?.family === "IPv4" && !a.internal);
    if (lan) expect(wide.url).toBe(`http://${lan.address}:${wide.port}/`);
    expect((await get(wide.port, "/")).status).toBe(200);
  });

  it("hkg serve --host 0.0.0.0 warns on stderr", async () => {
    const child = spawn(process.execPath, ["bin/hkg.js", "serve", FIXTURE, "--port", "0", "--host", "0.0.0.0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.on("data", (c) => (err += String(c)));
    await new Promise<void>((ok, fail) => {
      child.stdout.on("data", (c) => {
        out += String(c);
        if (out.includes("hkg viewer:")) ok();
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${err}`)));
    });
    // "close", not "exit": stderr may still hold the warning when the process has exited
    const code = new Promise<number | null>((ok) => child.on("close", ok));
    child.kill("SIGINT");
    expect(await code).toBe(0);
    expect(err).toMatch(/warning: --host 0\.0\.0\.0 exposes the viewer/);
    expect(out).not.toMatch(/http:\/\/127\.0\.0\.1/);
  });
});
