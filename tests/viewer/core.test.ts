// The viewer's pure core (no browser): loading, search, links, neighbours, filters.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { parse as parseGexf, write as writeGexf } from "graphology-gexf";
import { parseGraphFile as parseWith, GraphFileError } from "../../viewer/src/core/load.ts";
import { addPinyin, buildEntries, search } from "../../viewer/src/core/search-index.ts";
import { findNodeByName, nodeHash, parseHash } from "../../viewer/src/core/route.ts";
import { groupNeighbours, highlightParts } from "../../viewer/src/core/neighbours.ts";
import { activeDocuments, edgeShown, nodeShown, yearSpan } from "../../viewer/src/core/filters.ts";
import { initialState } from "../../viewer/src/core/state.ts";
import { computeCommunities, computeSizes } from "../../viewer/src/core/metrics.ts";

const parseGraphFile = (name: string, text: string) => parseWith(name, text, (t) => parseGexf(Graph, t, { addMissingNodes: true }));
const text = readFileSync("tests/fixtures/viewer/graph.json", "utf8");
const graph = () => parseGraphFile("graph.json", text);

describe("parseGraphFile", () => {
  it("reads graph.json into uniform attributes, the entity type in `kind` (sigma owns `type`)", () => {
    const g = graph();
    expect(g.order).toBe(15);
    expect(g.size).toBe(16);
    const a = g.getNodeAttributes("中国矿业大学");
    expect(a).toMatchObject({ kind: "Organization", label: "中国矿业大学", aliases: ["矿大"], implied: false, mentions: 4 });
    expect(a).not.toHaveProperty("type");
    expect(g.getNodeAttribute("徐州市", "code")).toBe("3203");
    expect(g.getAttribute("documents").map((d) => d.title)).toContain("中国矿业大学科技创新报道");
    expect(g.getEdgeAttributes("e0")).toMatchObject({ relation: "HOSTED_BY", register: false });
  });

  it("reads a GEXF file with liststring aliases and no evidence offsets", () => {
    const src = new Graph({ type: "directed" });
    src.addNode("City:徐州市#3203", { label: "徐州市", type: "City", aliases: "[徐州, 彭城]", mentions: 6, implied: false, evidence: "徐州市加快建设。" });
    src.addNode("Province:江苏省#32", { label: "江苏省", type: "Province", implied: "true" });
    src.addEdge("City:徐州市#3203", "Province:江苏省#32", { type: "PART_OF" });
    const g = parseGraphFile("g.gexf", writeGexf(src));
    const a = g.getNodeAttributes("City:徐州市#3203");
    expect(a.aliases).toEqual(["徐州", "彭城"]);
    expect(a.evidence).toEqual([{ text: "徐州市加快建设。" }]);
    expect(g.getNodeAttribute("Province:江苏省#32", "implied")).toBe(true);
    // no positions in the file: placed deterministically
    expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    expect(parseGraphFile("g.gexf", writeGexf(src)).getNodeAttribute("City:徐州市#3203", "x")).toBe(a.x);
    expect(g.getEdgeAttributes(g.edges()[0]!).relation).toBe("PART_OF");
  });

  it("says which file it could not read", () => {
    expect(() => parseGraphFile("broken.json", "{nope")).toThrow(GraphFileError);
    expect(() => parseGraphFile("broken.json", "{nope")).toThrow(/broken\.json/);
  });
});

describe("search", () => {
  const entries = buildEntries(graph());
  entries.forEach(addPinyin);
  const first = (q: string) => search(entries, q)[0]?.label;

  it("finds the canonical entity by an alias", () => {
    expect(first("矿大")).toBe("中国矿业大学");
    expect(search(entries, "矿大")[0]?.via).toBe("矿大");
    expect(first("徐州高新区")).toBe("徐州高新技术产业开发区");
  });
  it("finds by pinyin, whole or initials", () => {
    expect(first("xz")).toBe("徐州市");
    expect(first("xuzhou")).toBe("徐州市");
    expect(first("XuZhouShi")).toBe("徐州市");
    expect(first("kd")).toBe("中国矿业大学");
  });
  it("ranks an exact name before names that merely contain it", () => {
    expect(first("徐州市")).toBe("徐州市");
    expect(search(entries, "徐州").map((s) => s.label)).toEqual(expect.arrayContaining(["徐州市", "徐州高新技术产业开发区"]));
    expect(first("徐州")).toBe("徐州市");
  });
  it("returns nothing for an empty or unmatched query", () => {
    expect(search(entries, "  ")).toEqual([]);
    expect(search(entries, "北京大学")).toEqual([]);
  });
});

describe("hash links", () => {
  it("round-trips a Chinese name and a name made of markup", () => {
    for (const name of ["云龙湖实验室", "<img src=x onerror=alert(1)>", "a/b#c"]) expect(parseHash(nodeHash(name))).toBe(name);
    expect(parseHash("#/other")).toBeNull();
    expect(parseHash("#/node/%E0%A4%A")).toBeNull();
  });
  it("resolves a name, then a key, then an alias", () => {
    const g = graph();
    expect(findNodeByName(g, "云龙湖实验室")).toBe("云龙湖实验室");
    expect(findNodeByName(g, "矿大")).toBe("中国矿业大学");
    expect(findNodeByName(g, "不存在")).toBeNull();
  });
});

describe("neighbours", () => {
  it("groups by relation and direction, symmetric relations both ways", () => {
    const g = graph();
    const groups = groupNeighbours(g, "中国矿业大学");
    const find = (rel: string, dir: string) => groups.find((x) => x.relation === rel && x.direction === dir)?.items.map((i) => i.label);
    expect(find("HOSTED_BY", "in")).toEqual(["云龙湖实验室"]);
    expect(find("LOCATED_IN", "out")).toEqual(["泉山区"]);
    expect(find("COOPERATES_WITH", "both")).toEqual(["徐工集团"]);
    expect(groupNeighbours(g, "中国矿业大学", (e) => g.getEdgeAttribute(e, "relation") !== "HOSTED_BY").some((x) => x.relation === "HOSTED_BY")).toBe(false);
  });
  it("marks the mention inside its sentence from document offsets", () => {
    expect(highlightParts({ text: "云龙湖实验室依托中国矿业大学建设。", start: 128, end: 134, sentenceStart: 120 })).toEqual({ before: "云龙湖实验室依托", mention: "中国矿业大学", after: "建设。" });
    expect(highlightParts({ text: "无偏移。" })).toEqual({ before: "无偏移。", mention: "", after: "" });
  });
});

describe("filters and metrics", () => {
  it("hides by type, mentions (implied places exempt) and the implied toggle", () => {
    const g = graph();
    const s = { ...initialState(), hiddenKinds: new Set(["Project"]), minMentions: 2 };
    const shown = g.filterNodes((_, a) => nodeShown(s, a));
    expect(shown).not.toContain("卓曜高效光伏电池项目");
    expect(shown).not.toContain("泉山区"); // 1 mention
    expect(shown).toContain("江苏省"); // implied
    expect(g.filterNodes((_, a) => nodeShown({ ...s, hideImplied: true }, a))).not.toContain("江苏省");
    const s2 = { ...initialState(), hiddenRelations: new Set(["HOSTED_BY"]) };
    expect(edgeShown(s2, g, "e0", g.getEdgeAttributes("e0"))).toBe(false);
    expect(edgeShown(initialState(), g, "e0", g.getEdgeAttributes("e0"))).toBe(true);
  });
  it("keeps, for a year range and a pick of documents, the documents both allow; nothing narrowed is no filter", () => {
    const docs = [
      { id: "a", file: "a.txt", title: "A", date: "2021-03", chars: 1 },
      { id: "b", file: "b.txt", title: "B", date: "2023", chars: 1 },
      { id: "c", file: "c.txt", title: "C", chars: 1 },
    ];
    expect(yearSpan(docs)).toEqual([2021, 2023]);
    expect(activeDocuments(docs, null, null)).toBeNull();
    expect(activeDocuments(docs, [2021, 2023], new Set(["a", "b", "c"]))).toBeNull();
    // a narrowed range keeps dated documents of those years only
    expect([...activeDocuments(docs, [2022, 2023], null)!]).toEqual(["b"]);
    expect([...activeDocuments(docs, null, new Set(["a", "c"]))!]).toEqual(["a", "c"]);
    expect([...activeDocuments(docs, [2021, 2022], new Set(["b", "c"]))!]).toEqual([]);
    // a node no document states (an implied parent) is not filtered by them
    const g = graph();
    const s = { ...initialState(), activeDocs: new Set<string>() };
    expect(nodeShown(s, g.getNodeAttributes("江苏省"))).toBe(true);
    expect(nodeShown(s, g.getNodeAttributes("中国矿业大学"))).toBe(false);
    expect(nodeShown({ ...s, activeDocs: new Set(["d1"]) }, g.getNodeAttributes("中国矿业大学"))).toBe(true);
  });

  it("sizes the best-connected node largest, by degree and by PageRank", () => {
    const g = graph();
    const deg = computeSizes(g, "degree");
    const max = [...deg.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(g.degree(max)).toBe(Math.max(...g.mapNodes((n) => g.degree(n))));
    const pr = computeSizes(g, "pagerank");
    expect(pr.get("江苏省")!).toBeGreaterThan(pr.get("北斗导航创新研究院")!);
  });
  it("finds the same communities every run", () => {
    const a = computeCommunities(graph());
    const b = computeCommunities(graph());
    expect([...a.of.entries()]).toEqual([...b.of.entries()]);
    expect(a.count).toBeGreaterThan(1);
    expect(a.colors.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });
});
