// Time on every fact: each document's date (text, sidecar, --date) reaches every node and edge it
// states, in graph.json and in GEXF as spells valid against the GEXF 1.3 RelaxNG schema.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hkg, ROOT } from "../helpers/cli.ts";
import { gexfErrors } from "../helpers/relaxng.ts";

const CORPUS = path.join(ROOT, "corpus");
const DOCS = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();

interface Timed {
  firstSeen?: string;
  lastSeen?: string;
  years?: number[];
  docs?: string[];
  label?: string;
  type?: string;
  implied?: boolean;
  register?: boolean;
}
interface Graph {
  attributes: { documents: { id: string; file: string; date?: string; dateFrom?: string }[] };
  nodes: { key: string; attributes: Timed & { docs: string[] } }[];
  edges: { source: string; target: string; attributes: Timed }[];
}

let tmp: string;
let graph: Graph;
let gexf: string;
let run: Awaited<ReturnType<typeof hkg>>;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "hkg-time-"));
  const input = path.join(tmp, "in");
  mkdirSync(input);
  for (const f of DOCS) copyFileSync(path.join(CORPUS, f), path.join(input, f));
  // 003 dates itself in its text (2024-01-10); 004 gets a sidecar; 000 a sidecar that overrides nothing
  // (it has no date) but is not JSON; 001 (2024-04-09 in its text) a sidecar that wins over the text
  writeFileSync(path.join(input, `${DOCS[4]}.meta.json`), JSON.stringify({ date: "2021-03" }));
  writeFileSync(path.join(input, `${DOCS[0]}.meta.json`), "{ not json");
  writeFileSync(path.join(input, `${DOCS[1]}.meta.json`), JSON.stringify({ date: "2023-06-30" }));
  run = await hkg(["build", input, "--out", path.join(tmp, "out"), "--date", "2022"]);
  graph = JSON.parse(readFileSync(path.join(tmp, "out", "graph.json"), "utf8"));
  gexf = readFileSync(path.join(tmp, "out", "graph.gexf"), "utf8");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const doc = (file: string) => graph.attributes.documents.find((d) => d.file === file)!;
const node = (label: string) => graph.nodes.find((n) => n.attributes.label === label)!;

describe("document dates", () => {
  it("come from the text, a sidecar (which wins) or --date, each named", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(doc(DOCS[3]!)).toMatchObject({ date: "2024-01-10", dateFrom: "text" });
    expect(doc(DOCS[1]!)).toMatchObject({ date: "2023-06-30", dateFrom: "sidecar" });
    expect(doc(DOCS[4]!)).toMatchObject({ date: "2021-03", dateFrom: "sidecar" });
    expect(doc(DOCS[0]!)).toMatchObject({ date: "2022", dateFrom: "option" });
    expect(doc(DOCS[2]!)).toMatchObject({ date: "2022", dateFrom: "option" });
  });

  it("a sidecar that is not JSON is named, and its document still read", () => {
    expect(run.stderr).toContain(`${DOCS[0]}.meta.json: sidecar is not JSON`);
    expect(graph.attributes.documents).toHaveLength(5);
  });

  it("--date that is not a date is refused before anything is read", async () => {
    const r = await hkg(["build", CORPUS, "--out", path.join(tmp, "never"), "--date", "2024-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--date 2024-02-30: not a date");
    expect(readdirSync(tmp)).not.toContain("never");
  });
});

describe("nodes and edges", () => {
  it("carry the first and last dates and the years of the documents that state them", () => {
    const dateOf = new Map(graph.attributes.documents.map((d) => [d.id, d.date!]));
    let checked = 0;
    for (const n of graph.nodes) {
      const dates = n.attributes.docs.map((d) => dateOf.get(d)!).sort();
      if (!dates.length) {
        expect(n.attributes.firstSeen).toBeUndefined();
        continue;
      }
      expect(n.attributes.firstSeen).toBe(dates[0]);
      expect(n.attributes.lastSeen).toBe(dates[dates.length - 1]);
      expect(n.attributes.years).toEqual([...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort());
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    // 徐州市 is named in every document: 2021 (sidecar) to 2024 (text)
    expect(node("徐州市").attributes).toMatchObject({ firstSeen: "2021-03", lastSeen: "2024-01-10", years: [2021, 2022, 2023, 2024] });
  });

  it("edges read from sentences list their documents and their time; register edges have none", () => {
    const stated = graph.edges.filter((e) => !e.attributes.register);
    expect(stated.length).toBeGreaterThan(20);
    for (const e of stated) {
      expect(e.attributes.docs!.length).toBeGreaterThan(0);
      expect(e.attributes.years!.length).toBeGreaterThan(0);
      expect(e.attributes.firstSeen! <= e.attributes.lastSeen!).toBe(true);
    }
    const register = graph.edges.filter((e) => e.attributes.register && !e.attributes.docs);
    expect(register.length).toBeGreaterThan(0);
    for (const e of register) expect(e.attributes.years).toBeUndefined();
    // an implied parent no document names has no time either
    const implied = graph.nodes.filter((n) => n.attributes.implied);
    expect(implied.length).toBeGreaterThan(0);
    for (const n of implied) expect(n.attributes.years).toBeUndefined();
  });
});

describe("GEXF", () => {
  it("is a dynamic graph with one spell per date, and valid GEXF 1.3", async () => {
    expect(gexf).toContain('mode="dynamic" timeformat="date" timerepresentation="timestamp"');
    const xuzhou = gexf.slice(gexf.indexOf(`label="徐州市"`), gexf.indexOf("</node>", gexf.indexOf(`label="徐州市"`)));
    // partial dates as xsd:date: 2021-03 → 2021-03-01, 2022 → 2022-01-01
    expect([...xuzhou.matchAll(/<spell timestamp="([^"]+)"\/>/g)].map((m) => m[1])).toEqual(["2021-03-01", "2022-01-01", "2023-06-30", "2024-01-10"]);
    expect(await gexfErrors(gexf)).toEqual([]);
  });
});
