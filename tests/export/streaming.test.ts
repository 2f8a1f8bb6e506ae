// Issue 13: the writers stream their files to disk a piece at a time. What they write must be what
// the one-string writers give (and, for GEXF, what graphology-gexf's own writer gives), on a graph
// large enough for every batch and write boundary to be crossed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { write } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeScaleCorpus } from "../../bench/scale-corpus.ts";
import { exportGraph, toGexf, toGraphml, toJson } from "../../src/export/index.ts";
import { writeFilesAtomically } from "../../src/graph-file/index.ts";
import type { KnowledgeGraph } from "../../src/graph/index.ts";
import { toCypher, toNeo4jCsv, toRecords } from "../../src/neo4j/index.ts";
import { build } from "../../src/pipeline/index.ts";

const root = mkdtempSync(path.join(tmpdir(), "hkg-stream-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let graph: KnowledgeGraph;

beforeAll(async () => {
  const corpus = makeScaleCorpus(root, { mb: 0.15 });
  ({ graph } = await build([corpus.dir], { layout: false, jobs: 1 }));
}, 300_000);

describe("streaming writers", () => {
  it("write into their files exactly the text of the one-string writers", async () => {
    // many batches of the GraphML and CSV writers, many writes
    expect(graph.order).toBeGreaterThan(200);
    expect(graph.size).toBeGreaterThan(200);
    const out = path.join(root, "out");
    await exportGraph(graph, out, { csv: true, gexf: { version: "1.2" } });
    expect(readFileSync(path.join(out, "graph.json")).length).toBeGreaterThan(1 << 19);
    const records = toRecords(graph);
    const expected: Record<string, string> = {
      "graph.json": toJson(graph),
      "graph.gexf": toGexf(graph, { version: "1.2" }),
      "graph.graphml": toGraphml(graph),
      "graph.cypher": toCypher(records),
      ...toNeo4jCsv(records),
    };
    expect(readdirSync(out).filter((f) => !f.startsWith(".")).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(path.join(out, name), "utf8") === text, name).toBe(true);
  });

  it("GEXF is what graphology-gexf's writer gives for the same graph (1.2: no spells to add)", () => {
    const copy = graph.copy();
    copy.replaceAttributes({ creator: graph.getAttribute("generator"), description: "d" } as never);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;
    const reference = write(copy, {
      version: "1.2",
      pretty: true,
      pedantic: true,
      formatNode: (_key, a) => ({
        label: a.label,
        attributes: { type: a.type, aliases: a.aliases.length ? a.aliases : undefined, code: a.code ?? "", mentions: a.mentions, implied: a.implied, evidence: a.evidence[0]?.text ?? "", ...(a.years?.length ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen, years: a.years.map(String) } : {}) },
        viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
      }),
      formatEdge: (_key, a) => ({
        label: a.type,
        kind: a.type,
        weight: a.weight,
        attributes: { type: a.type, register: a.register, evidence: a.evidence[0]?.text ?? "", ...(a.years?.length ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen, years: a.years.map(String) } : {}) },
        viz: { color: rgb(a.color) },
      }),
    }).replace(/ xmlns:viz="[^"]*"/, ` xmlns:viz="http://www.gexf.net/1.2draft/viz"`);
    expect(toGexf(graph, { version: "1.2", description: "d" }) === reference).toBe(true);
  });

  it("a character made of two UTF-16 units is written whole where the pieces meet at a write's end", async () => {
    const dir = path.join(root, "pair");
    const head = "a".repeat((1 << 15) - 1);
    await writeFilesAtomically(dir, { "graph.json": (function* () { yield head + "\uD83D"; yield "\uDE00 end"; })() });
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(`${head}\u{1F600} end`);
  });
});
