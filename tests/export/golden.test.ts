import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toGexf, toGraphml, toJson } from "../../src/export/index.ts";
import { toCypher, toNeo4jCsv, toRecords } from "../../src/neo4j/index.ts";
import { sampleGraph } from "../helpers/sample-graph.ts";

// Writers are compared byte for byte with reviewed files; UPDATE_GOLDEN=1 rewrites them after a deliberate change.
const writers: Record<string, () => string> = {
  "sample.graph.json": () => toJson(sampleGraph()),
  "sample.graph.gexf": () => toGexf(sampleGraph()),
  "sample.graph-1.2.gexf": () => toGexf(sampleGraph(), { version: "1.2" }),
  "sample.graph.graphml": () => toGraphml(sampleGraph()),
  "sample.graph.cypher": () => toCypher(toRecords(sampleGraph())),
  // the four neo4j-admin files, one after the other
  "sample.neo4j-import.csv": () => Object.entries(toNeo4jCsv(toRecords(sampleGraph()))).map(([name, csv]) => `# ${name}\n${csv}`).join(""),
};

describe("writers against golden files", () => {
  for (const [name, write] of Object.entries(writers)) {
    it(`${name} is unchanged`, () => {
      const file = new URL(`../fixtures/golden/${name}`, import.meta.url);
      const out = write();
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, out);
      expect(out).toBe(readFileSync(file, "utf8"));
      expect(write()).toBe(out); // and the same twice
    });
  }
});
