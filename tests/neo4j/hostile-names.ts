// Issue 10: hostile names into Neo4j by hkg load and by graph.cypher run in a real cypher-shell;
// both store every name verbatim and agree. Not a test file of its own: neo4j-server.test.ts runs
// it, since tests that write to the one shared database must not run alongside each other.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/export/index.ts";
import { loadGraphFile, splitCypher, toCypher, toRecords } from "../../src/neo4j/index.ts";
import { cypherShellClasspath, runCypherShell } from "../helpers/cypher-shell.ts";
import { HOSTILE, HOSTILE_KEYS, hostileGraph, hostileKey } from "../helpers/hostile-names.ts";
import { config, run, snapshot, wipeAll } from "../helpers/neo4j.ts";

export function hostileNamesInNeo4j(driver: () => Driver): void {
  describe("hostile names (issue 10)", () => {
    const graph = hostileGraph();
    const dir = mkdtempSync(join(tmpdir(), "hkg-hostile-neo4j-"));
    const cypherFile = join(dir, "graph.cypher");
    writeFileSync(join(dir, "graph.json"), toJson(graph));
    writeFileSync(cypherFile, toCypher(toRecords(graph)));
    let loaded: Awaited<ReturnType<typeof snapshot>>;

    it("hkg load stores every name, alias and evidence sentence verbatim", async () => {
      await wipeAll(driver());
      await loadGraphFile(join(dir, "graph.json"), config, { batchSize: 5 });
      for (const k of HOSTILE_KEYS) {
        const rows = await run(driver(), "MATCH (n:Organization {id: $id}) RETURN n.name AS name, n.aliases AS aliases", { id: hostileKey(k) });
        expect(rows, k).toEqual([{ name: HOSTILE[k], aliases: [`${HOSTILE[k]}'`] }]);
      }
      const [ev] = await run(driver(), "MATCH (:Organization {id: $id})-[m:MENTIONED_IN]->(:Document) RETURN m", { id: hostileKey("script") });
      expect(JSON.stringify(ev)).toContain(JSON.stringify(HOSTILE.script).slice(1, -1));
      const [rels] = await run(driver(), "MATCH (:Organization)-[r:COOPERATES_WITH]->(:City) RETURN count(r) AS n");
      expect(Number(rels!.n)).toBe(HOSTILE_KEYS.length);
      loaded = await snapshot(driver());
    });

    const classpath = cypherShellClasspath();
    it.skipIf(classpath === null)("graph.cypher run by cypher-shell gives exactly what hkg load gave: no string breaks out", async () => {
      await wipeAll(driver());
      const r = runCypherShell(classpath!, cypherFile);
      expect(r.status, r.stderr).toBe(0);
      const scripted = await snapshot(driver());
      expect(scripted.fingerprint).toEqual(loaded.fingerprint);
    });

    it("graph.cypher run statement by statement through the driver gives the same", async () => {
      await wipeAll(driver());
      const session = driver().session({ database: config.database });
      try {
        for (const s of splitCypher(toCypher(toRecords(graph)))) await session.run(s);
      } finally {
        await session.close();
      }
      expect((await snapshot(driver())).fingerprint).toEqual(loaded.fingerprint);
    });
  });
}
