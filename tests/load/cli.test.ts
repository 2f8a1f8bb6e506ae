// hkg load / hkg query as a user runs them, where no server is needed: a closed port, a
// missing file, an unknown query. The exit code and the message are the interface here.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";

function hkg(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["bin/hkg.js", ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A port on 127.0.0.1 that nothing listens on: bind one, then let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("hkg load without a server", () => {
  it("fails cleanly, names the URI and says nothing was written", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = hkg(["load", "graph/graph.json"], { NEO4J_URI: uri });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(uri);
    expect(r.stderr).toMatch(/nothing written/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("refuses a missing graph file before connecting", () => {
    const r = hkg(["load", "no/such/graph.json"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no graph file at no\/such\/graph\.json/);
  });

  it("refuses a bad --batch", () => {
    expect(hkg(["load", "--batch", "0"]).code).toBe(2);
  });
});

describe("hkg query without a server", () => {
  it("lists the library with titles", () => {
    const r = hkg(["query", "--list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^labs-and-hosts\s+Labs and their hosts/m);
    expect(hkg(["queries"]).stdout).toBe(r.stdout);
  });

  it("names the library when the query is unknown", () => {
    const r = hkg(["query", "no-such-query"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown query "no-such-query"; the library has: .*labs-and-hosts/);
  });

  it("refuses a parameter the query does not declare, and a value of the wrong type", () => {
    expect(hkg(["query", "find-entity", "--param", "lmit=3"]).stderr).toMatch(/has no parameter "lmit"; its parameters: text, limit/);
    expect(hkg(["query", "find-entity", "--param", "limit=many"]).stderr).toMatch(/limit takes an integer/);
  });

  it("fails cleanly when the server is not there", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = hkg(["query", "find-entity"], { NEO4J_URI: uri });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(uri);
  });
});
