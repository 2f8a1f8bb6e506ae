// Issue 12, item 6: no Cypher run through hkg query reads files on the machine or administers
// the server. Two layers: the query is refused before it is sent, and the project's Neo4j has
// file URLs switched off (for any client). Reads only, so it runs beside the suites that load data.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { listLibrary, parseQuery, QueryLibraryError } from "../../src/neo4j/index.ts";
import { hkg } from "../helpers/cli.ts";
import { config, probeNeo4j, withDriver } from "../helpers/neo4j.ts";

const probe = await probeNeo4j();

describe("hkg query refuses file reads and server administration", () => {
  it.each([
    'LOAD CSV FROM "file:///etc/hostname" AS row RETURN row',
    "load csv with headers from 'file:///etc/passwd' as r return r",
    "MATCH (n) WITH n LIMIT 1\nLOAD\n CSV FROM 'https://example.org/x.csv' AS r RETURN r",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW TRANSACTIONS",
    "CALL dbms.listConfig() YIELD name RETURN name",
    "SHOW USERS",
    "CREATE USER bob SET PASSWORD 'x'",
    "GRANT ROLE admin TO bob",
    "DROP DATABASE neo4j",
    "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
  ])("%s", (text) => {
    expect(() => parseQuery(`// @title x\n${text}`, "x.cypher")).toThrow(QueryLibraryError);
    expect(() => parseQuery(text, "x.cypher")).toThrow(/refused/);
  });

  it("still runs queries that only mention such words in strings, comments or names", () => {
    for (const text of [
      "MATCH (n:Entity) WHERE n.name CONTAINS 'LOAD CSV' RETURN n",
      "// TERMINATE TRANSACTIONS is not for us\nMATCH (n) RETURN n.grant AS `show users`",
      'MATCH (d:Document) WHERE d.title = "CALL dbms.x" RETURN d',
    ]) {
      expect(() => parseQuery(text, "x.cypher")).not.toThrow();
    }
  });

  it("accepts every query of the library", async () => {
    expect((await listLibrary()).length).toBeGreaterThan(10);
  });

  it("hkg query with a LOAD CSV file exits 2 before connecting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hkg-loadcsv-"));
    const file = join(dir, "read.cypher");
    writeFileSync(file, 'LOAD CSV FROM "file:///etc/hostname" AS row RETURN row');
    const r = await hkg(["query", file], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/LOAD CSV/);
  });
});

describe.skipIf(!probe.available)(`the project's Neo4j at ${config.uri}`, () => {
  it("refuses LOAD CSV from a file URL, even in a query sent straight to it", async () => {
    await withDriver(async (driver) => {
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      try {
        await expect(session.executeRead((tx) => tx.run('LOAD CSV FROM "file:///etc/hostname" AS row RETURN row'))).rejects.toThrow(/file URLs|allow_csv_import_from_file_urls|Cannot load from URL/i);
      } finally {
        await session.close();
      }
    });
  });
});
