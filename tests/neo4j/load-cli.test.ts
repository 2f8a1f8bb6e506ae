// hkg load / hkg query as a user runs them, where no server is needed: a closed port, a
// missing file, an unknown query. The exit code and the message are the interface here; the
// commands run in-process (tests/helpers/cli.ts), tests/cli/binary.test.ts spawns the real binary.
import { describe, expect, it } from "vitest";
import { closedPort, hkg } from "../helpers/cli.ts";

describe("hkg load without a server", () => {
  it("fails cleanly, names the URI and says nothing was written", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = await hkg(["load", "graph/graph.json"], { NEO4J_URI: uri });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(uri);
    expect(r.stderr).toMatch(/nothing written/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("refuses a missing graph file before connecting", async () => {
    const r = await hkg(["load", "no/such/graph.json"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no graph file at no\/such\/graph\.json/);
  });

  it("refuses a bad --batch", async () => {
    expect((await hkg(["load", "--batch", "0"])).code).toBe(2);
  });
});

describe("hkg query without a server", () => {
  it("lists the library with titles", async () => {
    const r = await hkg(["query", "--list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^labs-and-hosts\s+Labs and their hosts/m);
    expect((await hkg(["queries"])).stdout).toBe(r.stdout);
  });

  it("names the library when the query is unknown", async () => {
    const r = await hkg(["query", "no-such-query"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown query "no-such-query"; the library has: .*labs-and-hosts/);
  });

  it("refuses a parameter the query does not declare, and a value of the wrong type", async () => {
    expect((await hkg(["query", "find-entity", "--param", "lmit=3"])).stderr).toMatch(/has no parameter "lmit"; its parameters: text, limit/);
    expect((await hkg(["query", "find-entity", "--param", "limit=many"])).stderr).toMatch(/limit takes an integer/);
  });

  it("fails cleanly when the server is not there", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = await hkg(["query", "find-entity"], { NEO4J_URI: uri });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(uri);
  });
});
