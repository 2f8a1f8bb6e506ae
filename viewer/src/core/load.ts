// Turns a graph file (graphology JSON from hkg build, or GEXF from hkg or Gephi) into the viewer's
// graph with checked, uniform attributes, so the views never guess at shapes.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { NODE_COLORS, RELATION_COLORS, type DocumentInfo } from "./ontology.ts";
import { seededRandom } from "./random.ts";
import type { ShownEvidence, ViewerEdge, ViewerGraph, ViewerGraphAttributes, ViewerNode } from "./types.ts";

type Raw = Record<string, unknown>;

export class GraphFileError extends Error {}

/** Reads GEXF text into a graphology graph: graphology-gexf/browser in the page, its Node twin in tests. */
export type GexfReader = (text: string) => Graph;

export type SerializedViewerGraph = SerializedGraph<ViewerNode, ViewerEdge, ViewerGraphAttributes>;

export function isGexfFile(name: string, text: string): boolean {
  return /\.gexf$/i.test(name) || (!/\.json$/i.test(name) && text.trimStart().startsWith("<"));
}

export function parseGraphFile(name: string, text: string, readGexf: GexfReader): ViewerGraph {
  if (!isGexfFile(name, text)) return graphFromParsed(name, parseGraphJson(name, text));
  let raw: Graph;
  try {
    raw = readGexf(text);
  } catch (err) {
    throw unreadable(name, "GEXF", err);
  }
  return normalise(raw, name);
}

function unreadable(name: string, kind: string, err: unknown): GraphFileError {
  return new GraphFileError(`${name}: not a readable ${kind} file (${(err as Error).message})`);
}

/**
 * graph.json text to the viewer's graph in serialised form, checked and normalised: what the
 * loading worker hands the page, which only has to build the graph from it (graphFromParsed).
 */
export function parseGraphJson(name: string, text: string): SerializedViewerGraph {
  let raw: { attributes?: Raw; nodes?: unknown; edges?: unknown };
  try {
    raw = JSON.parse(text);
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("not a graph object");
    if (raw.nodes !== undefined && !Array.isArray(raw.nodes)) throw new Error("nodes is not a list");
    if (raw.edges !== undefined && !Array.isArray(raw.edges)) throw new Error("edges is not a list");
  } catch (err) {
    throw unreadable(name, "graph.json", err);
  }
  const attrs = (raw.attributes ?? {}) as Raw;
  const rand = seededRandom(0x5eed);
  const nodes = ((raw.nodes ?? []) as { key?: unknown; attributes?: Raw }[]).map((n) => {
    // a missing key is left for Graph.from to refuse, as it refuses a repeated one
    const key = n?.key as string;
    return { key, attributes: viewerNode(str(key), n?.attributes ?? {}, rand) };
  });
  const edges = ((raw.edges ?? []) as { key?: unknown; source?: unknown; target?: unknown; attributes?: Raw }[]).map((e) => ({
    ...(e?.key == null ? {} : { key: str(e.key) }),
    source: str(e?.source),
    target: str(e?.target),
    attributes: viewerEdge(e?.attributes ?? {}),
  }));
  return { options: VIEWER_OPTIONS, attributes: { name: str(attrs.name, name), documents: documents(attrs.documents) }, nodes, edges };
}

/** Builds the graph from parseGraphJson's form (a missing node or a repeated key is an error naming the file). */
export function graphFromParsed(name: string, parsed: SerializedViewerGraph): ViewerGraph {
  try {
    return Graph.from(parsed) as ViewerGraph;
  } catch (err) {
    throw unreadable(name, "graph.json", err);
  }
}

const VIEWER_OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;

function str(v: unknown, fallback = ""): string {
  return typeof v === "string" ? v : v == null ? fallback : String(v);
}
function num(v: unknown, fallback: number): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
}
function bool(v: unknown): boolean {
  return v === true || v === "true";
}

/** Arrays stay arrays; GEXF liststrings arrive as "[a, b]" or "a|b". */
function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter(Boolean);
  if (typeof v !== "string" || v.trim() === "") return [];
  const s = v.trim().replace(/^\[(.*)\]$/s, "$1");
  return s.split(/\s*[|,;，、]\s*/).filter(Boolean);
}

function evidence(v: unknown): ShownEvidence[] {
  if (typeof v === "string") return v.trim() ? [{ text: v }] : [];
  if (!Array.isArray(v)) return [];
  const out: ShownEvidence[] = [];
  for (const e of v) {
    if (typeof e === "string") {
      out.push({ text: e });
      continue;
    }
    if (!e || typeof e !== "object" || typeof (e as Raw).text !== "string") continue;
    const r = e as Raw;
    const shown: ShownEvidence = { text: r.text as string };
    if (typeof r.doc === "string") shown.doc = r.doc;
    if (typeof r.start === "number" && typeof r.end === "number" && typeof r.sentenceStart === "number") {
      shown.start = r.start;
      shown.end = r.end;
      shown.sentenceStart = r.sentenceStart;
    }
    out.push(shown);
  }
  return out;
}

/** Mentions per document from graph.json's occurrences ([doc, sentence, start, end] each). */
function perDoc(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!Array.isArray(v)) return out;
  for (const o of v) if (Array.isArray(o) && typeof o[0] === "string") out[o[0]] = (out[o[0]] ?? 0) + 1;
  return out;
}

function documents(v: unknown): DocumentInfo[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((d): d is Raw => !!d && typeof d === "object" && typeof (d as Raw).id === "string")
    .map((d) => ({ id: d.id as string, file: str(d.file), title: str(d.title), date: typeof d.date === "string" ? d.date : undefined, chars: num(d.chars, 0) }));
}

function normalise(raw: Graph, name: string): ViewerGraph {
  const graph: ViewerGraph = new Graph(VIEWER_OPTIONS);
  const attrs = raw.getAttributes() as Raw;
  graph.replaceAttributes({ name: str(attrs.name, name), documents: documents(attrs.documents) });
  const rand = seededRandom(0x5eed);
  raw.forEachNode((key, a: Raw) => graph.addNode(key, viewerNode(key, a, rand)));
  raw.forEachEdge((key, a: Raw, source, target) => graph.addDirectedEdgeWithKey(key, source, target, viewerEdge(a)));
  return graph;
}

/** Nodes without a position (a bare GEXF) go on a seeded circle: same picture every time. */
function viewerNode(key: string, a: Raw, rand: () => number): ViewerNode {
  const kind = str(a.type ?? a.kind, "Unknown");
  const angle = rand() * 2 * Math.PI;
  const r = 100 * Math.sqrt(rand());
  const node: ViewerNode = {
    kind,
    label: str(a.label, key) || key,
    aliases: list(a.aliases),
    implied: bool(a.implied),
    mentions: num(a.mentions, 0),
    docs: list(a.docs),
    perDoc: perDoc(a.occurrences),
    evidence: evidence(a.evidence),
    x: num(a.x, r * Math.cos(angle)),
    y: num(a.y, r * Math.sin(angle)),
    size: num(a.size, 5),
    color: (NODE_COLORS as Record<string, string>)[kind] ?? str(a.color, "#999999"),
  };
  if (a.code != null && a.code !== "") node.code = str(a.code);
  return node;
}

function viewerEdge(a: Raw): ViewerEdge {
  const relation = str(a.type ?? a.relation ?? a.label, "RELATED");
  const edge: ViewerEdge = {
    relation,
    weight: num(a.weight, 1),
    register: bool(a.register),
    docs: list(a.docs),
    evidence: evidence(a.evidence),
    color: (RELATION_COLORS as Record<string, string>)[relation] ?? str(a.color, "#cccccc"),
  };
  // graph files from before edges listed their documents: the evidence sample names some
  if (!edge.docs.length) edge.docs = [...new Set(edge.evidence.flatMap((e) => (e.doc ? [e.doc] : [])))].sort();
  return edge;
}
