// hkg load and the query library against a real Neo4j over Bolt (npm run neo4j:start).
// One file on purpose: Neo4j Community has one user database, and these tests wipe it, so
// they must not run alongside each other.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { readGraphFile, writeFilesAtomically, type SerializedGraph } from "../../src/graph-file/index.ts";
import type { KnowledgeGraph } from "../../src/graph/index.ts";
import Graph from "graphology";
import { build } from "../../src/pipeline/index.ts";
import {
  loadGraphFile,
  MARKER_LABEL,
  planCounts,
  planLoad,
  readSchema,
  wipeProjectData,
  connect,
  listLibrary,
  NEO4J_IMPORT_ARGS,
  runQuery,
  SCHEMA_STATEMENTS,
  splitCypher,
  toCypher,
  toNeo4jCsv,
  toRecords,
} from "../../src/neo4j/index.ts";
import { hkg } from "../helpers/cli.ts";
import { HOSTILE_NAMES, injectionGraph } from "../helpers/graphs.ts";
import { toJson } from "../../src/export/index.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { buildGraph } from "../../src/graph/index.ts";
import { documentFromBytes } from "../../src/ingest/index.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { resolve } from "../../src/resolve/index.ts";
import { LONG_NAMES_TEXT } from "../helpers/bad-input.ts";
import { config, probeNeo4j, run, snapshot, wipeAll } from "../helpers/neo4j.ts";
import { neo4jAdminAvailable, neo4jAdminImport, type ImportReport } from "../helpers/neo4j-admin.ts";
import { hostileNamesInNeo4j } from "./hostile-names.ts";

const GRAPH_JSON = "graph/graph.json";
const GRAPH_CYPHER = "graph/graph.cypher";
const probe = await probeNeo4j();
// the first load goes in batches of 50, so that it commits many times; the loads that only set a
// test's stage up take the default batches, which cost the server less
const quiet = { batchSize: 50 };
const setUp = {};

describe.skipIf(!probe.available)(`Neo4j at ${config.uri}${probe.reason ? ` (skipped: ${probe.reason})` : ""}`, () => {
  let driver: Driver;
  let graph: SerializedGraph;

  // the bulk import runs in a JVM of its own on its own files: started first, it goes on while the
  // tests below talk to the server, and its test waits for it
  let adminImport: Promise<ImportReport> | undefined;
  // what the first load of the graph file wrote (the graph.cypher test compares with it)
  let firstLoad: Awaited<ReturnType<typeof snapshot>> | undefined;

  beforeAll(async () => {
    driver = await connect(config);
    graph = await readGraphFile(GRAPH_JSON);
    if (!neo4jAdminAvailable()) {
      const dir = mkdtempSync(join(tmpdir(), "hkg-csv-"));
      await writeFilesAtomically(dir, toNeo4jCsv(toRecords(Graph.from(graph as never) as unknown as KnowledgeGraph)));
      adminImport = neo4jAdminImport(dir, NEO4J_IMPORT_ARGS);
      // (a failure is reported by the test that waits for it)
      adminImport.catch(() => {});
    }
    await wipeAll(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });

  describe("hkg load of the bundled corpus's graph", () => {
    it("holds as many entities, documents and relations of each type as the graph file", async () => {
      const result = await loadGraphFile(GRAPH_JSON, config, quiet);
      const snap = await snapshot(driver);
      firstLoad = snap;
      const byType = (t: string) => graph.nodes.filter((n) => n.attributes?.type === t).length;
      const relByType = (t: string) => graph.edges.filter((e) => e.attributes?.type === t).length;

      expect(snap.labels.Entity).toBe(graph.nodes.length);
      expect(snap.labels.Document).toBe(graph.attributes!.documents!.length);
      for (const t of new Set(graph.nodes.map((n) => n.attributes!.type!))) expect(snap.labels[t], t).toBe(byType(t));
      for (const t of new Set(graph.edges.map((e) => e.attributes!.type!))) expect(snap.types[t], t).toBe(relByType(t));
      const expected = planCounts(planLoad(graph));
      expect(snap.types.MENTIONED_IN ?? 0).toBe(expected.mentions);
      expect(result.counters.nodesCreated).toBe(graph.nodes.length + graph.attributes!.documents!.length);
      expect(result.counters.relationshipsCreated).toBe(graph.edges.length + expected.mentions);
      const [marked] = await run(driver, `MATCH (n:${MARKER_LABEL}) RETURN count(n) AS n`);
      expect(Number(marked!.n)).toBe(snap.labels.Entity! + snap.labels.Document!);
    });

    it("holds one MENTIONED_IN per mention, not the evidence sample (徐州市: all of its mentions)", async () => {
      const rows = await run(driver, "MATCH (e:Entity) OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Document) RETURN e.id AS id, count(m) AS n");
      const inNeo4j = new Map(rows.map((r) => [r.id as string, Number(r.n)]));
      for (const n of graph.nodes) expect(inNeo4j.get(n.key), n.key).toBe(n.attributes!.mentions);
      const xuzhou = graph.nodes.find((n) => n.attributes!.label === "徐州市")!;
      expect(xuzhou.attributes!.mentions).toBeGreaterThan(xuzhou.attributes!.evidence!.length);
      // the offsets of every mention arrive; the sentence text with the sampled ones
      const [m] = await run(driver, "MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document) RETURN count(DISTINCT [d.id, m.sentence, m.start, m.end]) AS distinct, count(m.text) AS withText", { id: xuzhou.key });
      expect(Number(m!.distinct)).toBe(xuzhou.attributes!.mentions);
      expect(Number(m!.withText)).toBe(xuzhou.attributes!.evidence!.length);
    });

    it("neo4j-admin imports the bulk CSVs into an empty database: the same counts as hkg load", async () => {
      const missing = neo4jAdminAvailable();
      if (missing) throw new Error(missing);
      const report = await adminImport!;
      // what hkg load wrote (the test above); neo4j-admin stores no empty list, hkg load stores []
      const [n] = await run(driver, "MATCH (n:HkgData) RETURN count(n) AS count, sum(size([k IN keys(n) WHERE NOT coalesce(n[k] = [], false)])) AS props");
      const [r] = await run(driver, "MATCH (:HkgData)-[r]->(:HkgData) RETURN count(r) AS count, sum(size([k IN keys(r) WHERE NOT coalesce(r[k] = [], false)])) AS props");
      expect(report.nodes).toBe(Number(n!.count));
      expect(report.relationships).toBe(Number(r!.count));
      expect(report.properties).toBe(Number(n!.props) + Number(r!.props));
      expect(report.nodes).toBe(graph.nodes.length + graph.attributes!.documents!.length);
    });

    it("changes nothing when loaded a second time", async () => {
      const before = await snapshot(driver);
      const again = await loadGraphFile(GRAPH_JSON, config, { batchSize: 7 });
      expect(again.counters.nodesCreated).toBe(0);
      expect(again.counters.relationshipsCreated).toBe(0);
      expect(again.counters.labelsAdded).toBe(0);
      expect(again.counters.constraintsAdded + again.counters.indexesAdded).toBe(0);
      expect(await snapshot(driver)).toEqual(before);
    });

    it("answers the known facts", async () => {
      const fact = async (cypher: string) => (await run(driver, cypher)).length;
      expect(await fact(`MATCH (:Lab {name: "云龙湖实验室"})-[:HOSTED_BY]->(:Organization {name: "中国矿业大学"}) RETURN 1`)).toBe(1);
      expect(await fact(`MATCH (:District {name: "泉山区"})-[:PART_OF]->(:City {name: "徐州市"})-[:PART_OF]->(:Province {name: "江苏省"}) RETURN 1`)).toBe(1);
      expect(await fact(`MATCH (:City {name: "徐州市"})-[:MEMBER_OF]->(:Region {name: "淮海经济区"}) RETURN 1`)).toBe(1);
      const [xz] = await run(driver, `MATCH (c:City {name: "徐州市"}) RETURN c.aliases AS aliases, c.code AS code`);
      expect(xz!.aliases).toContain("徐州");
      expect(xz!.code).toBe("3203");
    });

    it("every library query returns rows with its default parameters", async () => {
      const library = await listLibrary();
      expect(library.length).toBeGreaterThanOrEqual(12);
      const empty: string[] = [];
      for (const q of library) {
        const defaults = Object.fromEntries(q.params.map((p) => [p.name, p.default]));
        const { rows } = await runQuery(driver, config, q, defaults);
        if (rows.length === 0) empty.push(q.name);
      }
      expect(empty, "queries without rows").toEqual([]);
    });

    it("carries time: document dates and years, first/last seen and years on entities and relationships, the date on every mention", async () => {
      const docs = graph.attributes!.documents!;
      const dated = docs.filter((d) => d.date);
      expect(dated.length).toBeGreaterThan(0);
      const rows = await run(driver, "MATCH (d:Document) RETURN d.id AS id, d.date AS date, d.year AS year, d.dateFrom AS dateFrom");
      for (const d of docs) {
        const r = rows.find((x) => x.id === d.id)!;
        expect([r.date, r.year === null ? null : Number(r.year), r.dateFrom], d.file).toEqual([d.date ?? null, d.date ? Number(d.date.slice(0, 4)) : null, d.dateFrom ?? null]);
      }
      const entities = await run(driver, "MATCH (e:Entity) RETURN e.id AS id, e.firstSeen AS first, e.lastSeen AS last, [y IN e.years | toInteger(y)] AS years");
      const byId = new Map(entities.map((e) => [e.id as string, e]));
      for (const n of graph.nodes) {
        const e = byId.get(n.key)!;
        expect([e.first, e.last, e.years?.map(Number) ?? null], n.key).toEqual([n.attributes!.firstSeen ?? null, n.attributes!.lastSeen ?? null, n.attributes!.years ?? null]);
      }
      const rels = await run(driver, "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS source, type(r) AS type, b.id AS target, r.statedIn AS statedIn, r.firstSeen AS first, [y IN r.years | toInteger(y)] AS years");
      const stated = graph.edges.filter((e) => e.attributes!.years?.length);
      expect(stated.length).toBeGreaterThan(0);
      for (const e of graph.edges) {
        const r = rels.find((x) => x.source === e.source && x.target === e.target && x.type === e.attributes!.type)!;
        expect([r.statedIn ?? null, r.first ?? null, r.years?.map(Number) ?? null]).toEqual([e.attributes!.docs ?? null, e.attributes!.firstSeen ?? null, e.attributes!.years ?? null]);
      }
      const [m] = await run(driver, "MATCH (:Entity)-[m:MENTIONED_IN]->(d:Document) RETURN count(m) AS all, count(CASE WHEN m.date = d.date THEN 1 END) AS same, count(d.date) AS dated");
      expect(Number(m!.same)).toBe(Number(m!.dated));
      expect(Number(m!.dated)).toBeGreaterThan(0);
    });

    it("new-in-year lists exactly what was first stated in that year; entity-history walks 徐州市's documents in date order", async () => {
      const library = await listLibrary();
      const newIn = library.find((q) => q.name === "new-in-year")!;
      const year = Number(newIn.params.find((p) => p.name === "year")!.default);
      const { rows } = await runQuery(driver, config, newIn, { year, limit: 10_000 });
      const label = new Map(graph.nodes.map((n) => [n.key, n.attributes!.label!]));
      const first = (years?: number[]) => years?.[0] === year;
      const want = [
        ...graph.nodes.filter((n) => first(n.attributes!.years)).map((n) => `entity ${n.attributes!.label}`),
        ...graph.edges.filter((e) => first(e.attributes!.years)).map((e) => `relation ${label.get(e.source)} → ${label.get(e.target)} ${e.attributes!.type}`),
      ].sort();
      const got = rows.map((r) => (r.what === "entity" ? `entity ${r.name}` : `relation ${r.name} ${r.type}`)).sort();
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(want);
      for (const r of rows) expect(String(r.firstSeen).startsWith(String(year))).toBe(true);
      expect((await runQuery(driver, config, newIn, { year: year - 1, limit: 10 })).rows).toEqual([]);

      const history = library.find((q) => q.name === "entity-history")!;
      const { rows: h } = await runQuery(driver, config, history, { entity: "徐州", limit: 100 });
      const xuzhou = graph.nodes.find((n) => n.attributes!.label === "徐州市")!;
      expect(h.map((r) => r.entity)).toEqual(xuzhou.attributes!.docs!.map(() => "徐州市"));
      const dates = h.map((r) => r.date as string | null);
      const datedPart = dates.filter((d): d is string => d !== null);
      expect(datedPart).toEqual([...datedPart].sort());
      expect(dates.slice(0, datedPart.length)).toEqual(datedPart); // undated documents last
      const perDoc = new Map<string, number>();
      for (const [doc] of xuzhou.attributes!.occurrences!) perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
      const fileToId = new Map(graph.attributes!.documents!.map((d) => [d.file, d.id]));
      for (const r of h) expect(Number(r.mentions), String(r.file)).toBe(perDoc.get(fileToId.get(r.file as string)!));
    });

    it("runs its schema from neo4j/cypher/schema.cypher, the same statements graph.cypher opens with", async () => {
      expect(await readSchema()).toEqual(SCHEMA_STATEMENTS);
      const constraints = await run(driver, "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
      expect(constraints[0]!.names).toEqual(expect.arrayContaining(["entity_id", "document_id"]));
    });
  });

  describe("hkg query on the loaded graph", () => {
    const query = (...args: string[]) => hkg(["query", ...args]);

    it("prints JSON rows with plain numbers", async () => {
      const r = await query("containment-chain", "--format", "json");
      expect(r.code, r.stderr).toBe(0);
      const rows = JSON.parse(r.stdout) as { chain: string[]; codes: string[]; regions: string[] }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ chain: ["泉山区", "徐州市", "江苏省"], codes: ["320311", "3203", "32"] });
      expect(rows[0]!.regions).toContain("淮海经济区");
      const top = JSON.parse((await query("most-connected", "-p", "limit=3", "--format", "json")).stdout) as { degree: unknown }[];
      expect(top).toHaveLength(3);
      expect(typeof top[0]!.degree).toBe("number");
    });

    it("runs a .cypher file, nodes as their properties, parameters typed from their values", async () => {
      const dir = mkdtempSync(join(tmpdir(), "hkg-query-"));
      const file = join(dir, "city.cypher");
      writeFileSync(file, "MATCH (c:City {name: $name}) RETURN c, $n + 1 AS next LIMIT $n");
      const r = await query(file, "--param", "name=徐州市", "--param", "n=1", "--format", "json");
      expect(r.code, r.stderr).toBe(0);
      const [row] = JSON.parse(r.stdout) as { c: Record<string, unknown>; next: unknown }[];
      expect(row!.c).toMatchObject({ id: "City:徐州市#3203", name: "徐州市", code: "3203" });
      expect(row!.next).toBe(2);
    });
  });

  describe("credentials", () => {
    it("a refused login is a clear error naming the URI and the user, and writes nothing", async () => {
      const before = await snapshot(driver);
      // an unknown user, so the real one is never locked out by failed attempts
      const r = await hkg(["load", GRAPH_JSON], { NEO4J_USER: "hkg-nobody", NEO4J_PASSWORD: "wrong" });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(config.uri);
      expect(r.stderr).toMatch(/refused user "hkg-nobody"/);
      expect(await snapshot(driver)).toEqual(before);
    });
  });

  describe("graph/graph.cypher", () => {
    it("run statement by statement on an empty database gives what hkg load gives", async () => {
      // (what the first load wrote, or a load of its own where this test runs alone)
      let loaded = firstLoad;
      if (!loaded) {
        await wipeAll(driver);
        await loadGraphFile(GRAPH_JSON, config, setUp);
        loaded = await snapshot(driver);
      }

      await wipeAll(driver);
      const statements = splitCypher(readFileSync(GRAPH_CYPHER, "utf8"));
      expect(statements.length).toBeGreaterThan(3);
      const session = driver.session({ database: config.database });
      try {
        for (const s of statements) await session.run(s);
      } finally {
        await session.close();
      }
      const scripted = await snapshot(driver);
      expect(scripted.labels).toEqual(loaded.labels);
      expect(scripted.types).toEqual(loaded.types);
      expect(scripted.fingerprint).toEqual(loaded.fingerprint);
    });
  });

  describe("hostile names", () => {
    it("load verbatim and read back equal", async () => {
      await wipeAll(driver);
      const dir = mkdtempSync(join(tmpdir(), "hkg-inject-"));
      const file = join(dir, "graph.json");
      const hostile = injectionGraph();
      writeFileSync(file, JSON.stringify(hostile));
      await loadGraphFile(file, config, setUp);

      const rows = await run(driver, "MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id");
      expect(rows.length).toBe(HOSTILE_NAMES.length);
      for (const node of hostile.nodes) {
        const row = rows.find((r) => r.id === node.key);
        expect(row, node.key).toBeDefined();
        expect(row!.name).toBe(node.attributes!.label);
        expect(row!.aliases).toEqual(node.attributes!.aliases);
      }
      const rels = await run(driver, "MATCH (a:Entity)-[r:HOSTED_BY|COOPERATES_WITH]->(b:Entity) RETURN a.name AS a, type(r) AS t, b.name AS b ORDER BY t");
      expect(rels).toEqual([
        { a: HOSTILE_NAMES[0], t: "COOPERATES_WITH", b: HOSTILE_NAMES[3] },
        { a: HOSTILE_NAMES[2], t: "HOSTED_BY", b: HOSTILE_NAMES[1] },
      ]);
      const [doc] = await run(driver, "MATCH (d:Document) RETURN count(d) AS n");
      expect(Number(doc!.n)).toBe(1);
    });

    it("a type outside the ontology is refused before anything is written", async () => {
      const before = await snapshot(driver);
      const bad = injectionGraph();
      bad.nodes[0]!.attributes!.type = "City) DETACH DELETE (n" as never;
      const dir = mkdtempSync(join(tmpdir(), "hkg-badtype-"));
      writeFileSync(join(dir, "graph.json"), JSON.stringify(bad));
      await expect(loadGraphFile(join(dir, "graph.json"), config)).rejects.toThrow(/not one of the ontology's/);
      expect(await snapshot(driver)).toEqual(before);
    });
  });

  describe("a load that fails part way", () => {
    it("says what was committed, exits non-zero, and a re-run completes it", async () => {
      await wipeAll(driver);
      const dir = mkdtempSync(join(tmpdir(), "hkg-midway-"));
      const file = join(dir, "graph.json");
      const broken = structuredClone(graph);
      // Neo4j refuses a map inside a list property: the Project batch fails, earlier ones stay.
      const project = broken.nodes.find((n) => n.attributes?.type === "Project")!;
      project.attributes!.aliases = [{ not: "a string" }] as never;
      writeFileSync(file, JSON.stringify(broken));
      const r = await hkg(["load", file, "--quiet"]);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(config.uri);
      expect(r.stderr).toMatch(/stopped at batch \d+\/\d+ \(entities Project\)/);
      expect(r.stderr).toMatch(/committed: schema yes; batches documents 1\/1, entities \d+\/\d+, relations 0\/\d+, mentions 0\/\d+/);
      expect(r.stderr).toMatch(/run hkg load again/);
      const [partial] = await run(driver, "MATCH (n:Entity) RETURN count(n) AS n");
      expect(Number(partial!.n)).toBeGreaterThan(0);
      expect(Number(partial!.n)).toBeLessThan(graph.nodes.length);

      const rerun = await hkg(["load", GRAPH_JSON, "--quiet"]);
      expect(rerun.code, rerun.stderr).toBe(0);
      const snap = await snapshot(driver);
      expect(snap.labels.Entity).toBe(graph.nodes.length);
      expect(Object.values(snap.types).reduce((a, b) => a + b, 0)).toBe(graph.edges.length + planCounts(planLoad(graph)).mentions);
    });
  });

  // issue 12, items 10 and 12: here because they write to the one database the suites share
  describe("bad input (issue 12)", () => {
    it("a build from text with kilobyte-long would-be names loads completely, by hkg load and by graph.cypher", async () => {
      const doc = documentFromBytes(Buffer.from(LONG_NAMES_TEXT), "long.txt", [])!;
      const kb = loadKnowledge();
      const built = buildGraph(resolve([createExtractor(kb).extract(doc)], kb), [doc], { layout: false });
      const dir = mkdtempSync(join(tmpdir(), "hkg-longnames-"));
      writeFileSync(join(dir, "graph.json"), toJson(built));
      await wipeAll(driver);
      await loadGraphFile(join(dir, "graph.json"), config, setUp);
      const loaded = await snapshot(driver);
      expect(loaded.labels.Entity).toBe(built.order);
      await wipeAll(driver);
      const session = driver.session({ database: config.database });
      try {
        for (const s of splitCypher(toCypher(toRecords(built)))) await session.run(s);
      } finally {
        await session.close();
      }
      expect((await snapshot(driver)).fingerprint).toEqual(loaded.fingerprint);
    });

    it("cooperates-with takes its words as plain text: ( is no error, .* matches nothing special", async () => {
      await wipeAll(driver);
      await loadGraphFile(GRAPH_JSON, config, setUp);
      const q = (await listLibrary()).find((x) => x.name === "cooperates-with")!;
      const run = (words: string) => runQuery(driver, config, q, { name: "徐州市", words });
      const normal = await run("合作|共建|对接|联合|协同|携手");
      expect(normal.rows.some((r) => r.basis === "same sentence")).toBe(true);
      await expect(run("(")).resolves.toBeDefined();
      const dotStar = await run(".*");
      expect(dotStar.rows.filter((r) => r.basis === "same sentence")).toEqual([]);
    });

    it("hkg load --quiet prints nothing when all goes well", async () => {
      const r = await hkg(["load", GRAPH_JSON, "--quiet"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("");
    });
  });

  hostileNamesInNeo4j(() => driver);

  describe("a first load creates, a later one merges", () => {
    it("a load into a database without :Entity writes, property for property, what a load merging into one writes", async () => {
      await wipeAll(driver);
      const first = await loadGraphFile(GRAPH_JSON, config, quiet);
      expect(first.fresh).toBe(true);
      const created = await snapshot(driver);
      await wipeAll(driver);
      // someone else's :Entity: now something could be there to merge into, so every row is merged
      await run(driver, "CREATE (:Entity {id: 'not-loaded-by-hkg'})");
      const merged = await loadGraphFile(GRAPH_JSON, config, quiet);
      expect(merged.fresh).toBe(false);
      expect(merged.counters.nodesCreated).toBe(first.counters.nodesCreated);
      expect(merged.counters.relationshipsCreated).toBe(first.counters.relationshipsCreated);
      await run(driver, "MATCH (n:Entity {id: 'not-loaded-by-hkg'}) DELETE n");
      expect(await snapshot(driver)).toEqual(created);
    });
  });

  describe("labels", () => {
    it("a node whose type changed between two loads has the new type's label and not the old one's", async () => {
      await wipeAll(driver);
      await loadGraphFile(GRAPH_JSON, config, setUp);
      const changed = JSON.parse(JSON.stringify(graph)) as SerializedGraph;
      const node = changed.nodes.find((n) => n.attributes!.type === "Lab")!;
      node.attributes!.type = "Organization";
      const file = join(mkdtempSync(join(tmpdir(), "hkg-retype-")), "graph.json");
      writeFileSync(file, JSON.stringify(changed));
      const again = await loadGraphFile(file, config, setUp);
      expect(again.counters.labelsAdded).toBe(1);
      expect(again.counters.labelsRemoved).toBe(1);
      const [row] = await run(driver, "MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels", { id: node.key });
      expect([...(row!.labels as string[])].sort()).toEqual(["Entity", "HkgData", "Organization"]);
    });
  });

  describe("--wipe", () => {
    it("removes what hkg load wrote and nothing else", async () => {
      await wipeAll(driver);
      await run(driver, "CREATE (:NotOurs {name: 'keep me'})-[:KNOWS]->(:Entity {id: 'not-loaded-by-hkg'})");
      await loadGraphFile(GRAPH_JSON, config, setUp);
      const removed = await wipeProjectData(driver, config, 100);
      expect(removed.nodes).toBe(graph.nodes.length + graph.attributes!.documents!.length);
      const left = await run(driver, "MATCH (n) WHERE n:NotOurs OR n:Entity OR n:Document RETURN labels(n) AS labels ORDER BY labels");
      expect(left).toEqual([{ labels: ["Entity"] }, { labels: ["NotOurs"] }]);
      await run(driver, "MATCH (n) WHERE n:NotOurs OR n.id = 'not-loaded-by-hkg' DETACH DELETE n");
    });

    it("hkg load --wipe removes a graph many transactions large, says how much it removed, and loads it again", async () => {
      await wipeAll(driver);
      await loadGraphFile(GRAPH_JSON, config, setUp);
      const before = await snapshot(driver);
      const nodes = graph.nodes.length + graph.attributes!.documents!.length;
      const relationships = graph.edges.length + planCounts(planLoad(graph)).mentions;
      // 50 rows per transaction: the wipe commits several times over for nodes and relationships
      expect(Math.min(nodes, relationships)).toBeGreaterThan(3 * 50);
      const r = await hkg(["load", GRAPH_JSON, "--wipe", "--batch", "50"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`wiped:         ${nodes} nodes, ${relationships} relationships`);
      // all of it was created again: nothing survived the wipe to be merged into
      expect(r.stdout).toContain(`nodes:         ${nodes} created, 0 already there`);
      expect(await snapshot(driver)).toEqual(before);
    });
  });

  describe("hkg load follows builds", () => {
    it("after a newer build is loaded, the database equals a fresh load of it; what is not ours stays", async () => {
      // build A: four documents; build B: one of them edited, one removed, one added
      const dir = mkdtempSync(join(tmpdir(), "hkg-follow-"));
      const files = readdirSync("corpus").filter((f) => f.endsWith(".txt")).sort();
      mkdirSync(join(dir, "in"));
      for (const f of files.slice(0, 4)) copyFileSync(join("corpus", f), join(dir, "in", f));
      await build([join(dir, "in")], { out: join(dir, "a"), cache: false, layout: false });
      copyFileSync(join("corpus", files[4]!), join(dir, "in", files[4]!));
      appendFileSync(join(dir, "in", files[1]!), "\n徐州市与连云港市共建徐连高铁沿线产业带。\n");
      rmSync(join(dir, "in", files[2]!));
      await build([join(dir, "in")], { out: join(dir, "b"), cache: false, layout: false });
      const A = join(dir, "a", "graph.json");
      const B = join(dir, "b", "graph.json");
      const graphB = await readGraphFile(B);
      // data of someone else: a node of its own, and a relationship of its own between two of our nodes
      const foreign = async () => {
        await run(driver, "CREATE (:NotOurs {name: 'keep me'})");
        await run(driver, "MATCH (a:Entity {name: '徐州市'}), (b:Entity {name: '淮海经济区'}) CREATE (a)-[:ANALYST_NOTE {text: 'mine'}]->(b)");
      };

      await wipeAll(driver);
      await loadGraphFile(A, config, setUp);
      await foreign();
      const second = await loadGraphFile(B, config, setUp);
      expect(second.pruned.nodes).toBeGreaterThan(0);
      expect(second.pruned.relationships).toBeGreaterThan(0);
      const followed = await snapshot(driver);
      const [kept] = await run(driver, "MATCH (n:NotOurs) RETURN count(n) AS n");
      expect(Number(kept!.n)).toBe(1);

      await wipeAll(driver);
      await loadGraphFile(B, config, setUp);
      await foreign();
      const fresh = await snapshot(driver);
      expect(followed.labels).toEqual(fresh.labels);
      expect(followed.types).toEqual(fresh.types);
      expect(followed.fingerprint).toEqual(fresh.fingerprint);
      expect(fresh.labels.Document).toBe(graphB.attributes!.documents!.length);
      expect(fresh.types.ANALYST_NOTE).toBe(1);

      // --keep adds instead of following: A's removed document comes back beside B's
      const kept2 = await loadGraphFile(A, config, { ...setUp, keep: true });
      expect(kept2.pruned).toEqual({ nodes: 0, relationships: 0 });
      const [docs] = await run(driver, "MATCH (d:Document:HkgData) RETURN count(d) AS n");
      expect(Number(docs!.n)).toBe(new Set([...graphB.attributes!.documents!.map((d) => d.id), ...(await readGraphFile(A)).attributes!.documents!.map((d) => d.id)]).size);

      await wipeAll(driver);
      await run(driver, "MATCH (n:NotOurs) DETACH DELETE n");
      await loadGraphFile(GRAPH_JSON, config, setUp);
      rmSync(dir, { recursive: true, force: true });
    });
  });
});
