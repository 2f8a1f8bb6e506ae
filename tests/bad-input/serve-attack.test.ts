// Issue 10: hkg serve under attack on loopback. Traversal (plain, encoded, double-encoded,
// backslashes, NUL, absolute paths), links out of the folder, unknown methods, oversized headers
// and bodies, malformed requests and a burst of concurrent requests: each gets the right answer,
// no byte from outside the served folder leaves, and the server keeps answering.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/index.ts";

const FIXTURE = resolve("tests/fixtures/viewer/graph.json");
const SECRET = "TOP-SECRET-OUTSIDE-THE-VIEWER";
const root = mkdtempSync(join(tmpdir(), "hkg-serve-attack-"));
const dist = join(root, "dist");
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), SECRET);
  symlinkSync(root, join(dist, "assets", "parent"));
  symlinkSync(join(root, "secret.txt"), join(dist, "secret-link.txt"));
  server = await startServer({ graphPath: FIXTURE, port: 0, distDir: dist });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
}

function http(path: string, method = "GET", body?: Buffer, agent?: Agent): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, method, agent, headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", fail);
    req.end(body);
  });
}

/** Sends bytes as they are (no client-side checks) and returns what comes back until the server closes or answers. */
function raw(bytes: Buffer | string): Promise<string> {
  return new Promise((ok) => {
    const socket = connect(server.port, "127.0.0.1");
    let text = "";
    socket.on("data", (c) => {
      text += String(c);
      // one answer is enough: the status line and headers have arrived
      if (text.includes("\r\n\r\n")) socket.destroy();
    });
    // a server that closes while we still write (a refused body) resets the connection: the answer is what came before
    socket.on("error", () => ok(text));
    socket.on("close", () => ok(text));
    // ending our side too: a request the server is still waiting on (a lone blank line) then closes
    socket.end(bytes);
  });
}
const statusOf = (text: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);

async function stillUp(): Promise<void> {
  expect((await http("/")).status).toBe(200);
  expect((await http("/graph")).status).toBe(200);
}

describe("hkg serve under attack (loopback)", () => {
  it("refuses traversal in every spelling, and no answer holds a byte from outside the folder", async () => {
    const paths = [
      "/../secret.txt",
      "/assets/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/%252e%252e/secret.txt",
      "/%252e%252e%252fsecret.txt",
      "/..%5csecret.txt",
      "/assets\\..\\..\\secret.txt",
      "/%5c%5c..%5csecret.txt",
      "/secret.txt%00.js",
      "/%00",
      "/index.html%00",
      `/${encodeURIComponent(join(root, "secret.txt"))}`,
      `/${join(root, "secret.txt")}`,
      `//${join(root, "secret.txt")}`,
      "/C:/Windows/win.ini",
      "/C:%5cWindows%5cwin.ini",
      "/assets/parent/secret.txt",
      "/assets/parent%2fsecret.txt",
      "/secret-link.txt",
      "/%E0%A4%A",
      "/%",
    ];
    for (const p of paths) {
      const a = await http(p);
      expect([400, 403, 404], `${p} → ${a.status}`).toContain(a.status);
      expect(a.body, p).not.toContain(SECRET);
    }
    for (const p of [`GET http://127.0.0.1:${server.port}${join(root, "secret.txt")} HTTP/1.1`, "GET /\0/../secret.txt HTTP/1.1", "GET /..\\..\\secret.txt HTTP/1.1"]) {
      const text = await raw(`${p}\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
      expect([400, 403, 404], JSON.stringify(p)).toContain(statusOf(text));
      expect(text).not.toContain(SECRET);
    }
    await stillUp();
  });

  it("answers unknown methods with 405 and HEAD without a body", async () => {
    for (const m of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "TRACE"]) {
      const a = await http("/index.html", m, m === "POST" || m === "PUT" ? Buffer.from("x=1") : undefined);
      expect(a.status, m).toBe(405);
    }
    const text = await raw(`BREW /index.html HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    expect([400, 405]).toContain(statusOf(text));
    const head = await http("/index.html", "HEAD");
    expect(head).toEqual({ status: 200, body: "" });
    await stillUp();
  });

  it("refuses oversized headers, oversized bodies and malformed requests, and keeps answering", async () => {
    // over Node's 16 KB header limit: 431
    const big = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Big: ${"a".repeat(64 * 1024)}\r\n\r\n`);
    expect([400, 431]).toContain(statusOf(big));
    const many = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n${Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`).join("\r\n")}\r\n\r\n`);
    expect([400, 431]).toContain(statusOf(many));
    // a body of 8 MB announced as 1 GB: refused by method, never read to its end
    const body = await raw(Buffer.concat([Buffer.from(`POST / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: 1000000000\r\n\r\n`), Buffer.alloc(8 * 1024 * 1024, 0x41)]));
    expect(statusOf(body)).toBe(405);
    for (const garbage of ["\r\n\r\n", "GARBAGE\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: -5\r\n\r\n`, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzz\r\n`, "\u0000\u0001\u0002\r\n\r\n"]) {
      const text = await raw(garbage);
      // refused, or (HTTP/9.9) answered as HTTP/1.1 without a Host: never a 200 with a body from outside
      expect(statusOf(text) === 0 || statusOf(text) >= 400, JSON.stringify(garbage)).toBe(true);
    }
    await stillUp();
  });

  it("answers a burst of 300 concurrent requests, each correctly", async () => {
    const agent = new Agent({ keepAlive: false, maxSockets: 300 });
    try {
      const plan = Array.from({ length: 300 }, (_, i) => (["/", "/graph", "/assets/app.js", "/%2e%2e/secret.txt", "/missing.js"] as const)[i % 5]!);
      const answers = await Promise.all(plan.map((p) => http(p, "GET", undefined, agent)));
      const expected: Record<string, number> = { "/": 200, "/graph": 200, "/assets/app.js": 200, "/%2e%2e/secret.txt": 403, "/missing.js": 404 };
      answers.forEach((a, i) => expect(a.status, plan[i]).toBe(expected[plan[i]!]));
      expect(answers.filter((a, i) => plan[i] === "/assets/app.js").every((a) => a.body === "console.log(1)")).toBe(true);
      expect(answers.some((a) => a.body.includes(SECRET))).toBe(false);
    } finally {
      agent.destroy();
    }
    await stillUp();
  });
});
