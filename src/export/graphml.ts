import { XMLBuilder } from "fast-xml-parser";
import type { KnowledgeGraph } from "../graph/index.ts";
import type { EdgeAttributes, NodeAttributes } from "../ontology/index.ts";

export interface GraphmlOptions {
  /** include the first evidence sentence as a string attribute (default true) */
  evidence?: boolean;
}

type KeyType = "string" | "int" | "double" | "boolean";
interface Key {
  id: string;
  name: string;
  type: KeyType;
}

// GraphML has no list type: aliases (and the years a fact is stated in) are joined with "|", as in
// GEXF 1.2's liststring.
const NODE_KEYS: Key[] = [
  { id: "label", name: "label", type: "string" },
  { id: "type", name: "type", type: "string" },
  { id: "aliases", name: "aliases", type: "string" },
  { id: "code", name: "code", type: "string" },
  { id: "mentions", name: "mentions", type: "int" },
  { id: "implied", name: "implied", type: "boolean" },
  { id: "x", name: "x", type: "double" },
  { id: "y", name: "y", type: "double" },
  { id: "size", name: "size", type: "double" },
  { id: "color", name: "color", type: "string" },
  { id: "evidence", name: "evidence", type: "string" },
  { id: "firstSeen", name: "firstSeen", type: "string" },
  { id: "lastSeen", name: "lastSeen", type: "string" },
  { id: "years", name: "years", type: "string" },
];
const EDGE_KEYS: Key[] = [
  { id: "e_type", name: "type", type: "string" },
  { id: "e_weight", name: "weight", type: "double" },
  { id: "e_register", name: "register", type: "boolean" },
  { id: "e_color", name: "color", type: "string" },
  { id: "e_evidence", name: "evidence", type: "string" },
  { id: "e_firstSeen", name: "firstSeen", type: "string" },
  { id: "e_lastSeen", name: "lastSeen", type: "string" },
  { id: "e_years", name: "years", type: "string" },
];

/**
 * GraphML (graphml.graphdrawing.org) for tools that read it rather than GEXF: networkx, igraph,
 * yEd, Cytoscape. Directed, one <edge> per relation with its own id, so parallel relations between
 * one pair stay separate; typed <key> declarations for every attribute. Values absent on an
 * element (no code, no aliases, no evidence) are left out rather than written empty.
 */
export function toGraphml(graph: KnowledgeGraph, options: GraphmlOptions = {}): string {
  return [...graphmlPieces(graph, options)].join("");
}

/**
 * toGraphml's text in pieces, fifty elements at a time, for writing a large graph without
 * holding its whole text. The builder writes the document around one marker node (everything
 * before it and after it), then each batch of nodes and edges inside the same wrapper, so every
 * piece is indented and escaped as one document of the whole graph would be.
 */
export function* graphmlPieces(graph: KnowledgeGraph, options: GraphmlOptions = {}): Generator<string> {
  const withEvidence = options.evidence ?? true;
  const keys = (kind: "node" | "edge", list: Key[]) =>
    list.filter((k) => withEvidence || k.name !== "evidence").map((k) => ({ "@_id": k.id, "@_for": kind, "@_attr.name": k.name, "@_attr.type": k.type }));
  const data = (values: [string, string | number | boolean | undefined][]) =>
    values.filter(([, v]) => v !== undefined && v !== "").map(([key, v]) => ({ "@_key": key, "#text": String(v) }));
  const node = (key: string, a: NodeAttributes) => ({
    "@_id": key,
    data: data([
      ["label", a.label],
      ["type", a.type],
      ["aliases", a.aliases.join("|")],
      ["code", a.code],
      ["mentions", a.mentions],
      ["implied", a.implied],
      ["x", a.x],
      ["y", a.y],
      ["size", a.size],
      ["color", a.color],
      ["evidence", withEvidence ? a.evidence[0]?.text : undefined],
      ["firstSeen", a.firstSeen],
      ["lastSeen", a.lastSeen],
      ["years", a.years?.join("|")],
    ]),
  });
  const edge = (key: string, a: EdgeAttributes, source: string, target: string) => ({
    "@_id": key,
    "@_source": source,
    "@_target": target,
    data: data([
      ["e_type", a.type],
      ["e_weight", a.weight],
      ["e_register", a.register],
      ["e_color", a.color],
      ["e_evidence", withEvidence ? a.evidence[0]?.text : undefined],
      ["e_firstSeen", a.firstSeen],
      ["e_lastSeen", a.lastSeen],
      ["e_years", a.years?.join("|")],
    ]),
  });
  const document = (content: { node?: unknown[]; edge?: unknown[] }) => ({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    graphml: {
      "@_xmlns": "http://graphml.graphdrawing.org/xmlns",
      "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "@_xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
      key: [...keys("node", NODE_KEYS), ...keys("edge", EDGE_KEYS)],
      graph: { "@_id": String(graph.getAttribute("name") ?? "G"), "@_edgedefault": "directed", ...content },
    },
  });
  const write = (text: string) => text.replace(/[\u0001-\u0003]/g, (c) => REFERENCE[c]!);
  // an empty graph is written as the builder writes an empty <graph>
  if (graph.order === 0 && graph.size === 0) {
    yield write(BUILDER.build(document({ node: [], edge: [] })));
    return;
  }
  const [head, tail] = around(BUILDER.build(document({ node: [{ "@_id": MARK }] })), `    <node id="${MARK}"/>\n`);
  yield write(head);
  const inner = (content: { node?: unknown[]; edge?: unknown[] }) => around(BUILDER.build({ graphml: { graph: content } }), "")[0];
  let batch: unknown[] = [];
  for (const { node: key, attributes } of graph.nodeEntries()) {
    batch.push(node(key, attributes));
    if (batch.length === BATCH) yield write(inner({ node: batch.splice(0) }));
  }
  if (batch.length) yield write(inner({ node: batch.splice(0) }));
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    batch.push(edge(key, attributes, source, target));
    if (batch.length === BATCH) yield write(inner({ edge: batch.splice(0) }));
  }
  if (batch.length) yield write(inner({ edge: batch.splice(0) }));
  yield write(tail);
}

// small batches: each one's text stays a small string (see WRITE_UNITS in graph-file/atomic.ts)
const BATCH = 50;
// the one node of the document the head and tail are cut from
const MARK = "hkg-mark";
const WRAP_OPEN = "<graphml>\n  <graph>\n";
const WRAP_CLOSE = "  </graph>\n</graphml>\n";

/** What comes before and after `marker` in a built document; with an empty marker, what the bare wrapper holds. */
function around(text: string, marker: string): [string, string] {
  if (!marker) {
    if (!text.startsWith(WRAP_OPEN) || !text.endsWith(WRAP_CLOSE)) throw new Error("GraphML builder wrote an unexpected wrapper");
    return [text.slice(WRAP_OPEN.length, text.length - WRAP_CLOSE.length), ""];
  }
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error("GraphML builder wrote an unexpected document");
  return [text.slice(0, at), text.slice(at + marker.length)];
}

// A character XML 1.0 forbids (a stray control code in a document) would make the file unreadable:
// it becomes U+FFFD. A parser turns a tab or line break inside an attribute (an id) into a space,
// and a carriage return in text into a line feed, so those are written as character references;
// the builder would escape a reference's "&", so they pass through it as placeholders.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const REFERENCE: Record<string, string> = { "\u0001": "&#9;", "\u0002": "&#10;", "\u0003": "&#13;" };
const safe = (v: unknown) => (typeof v === "string" ? v.replace(NOT_XML, "\uFFFD") : v);
const BUILDER = new XMLBuilder({
  ignoreAttributes: false,
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  attributeValueProcessor: (_name: string, v: unknown) => {
    const s = safe(v);
    return typeof s === "string" ? s.replace(/\t/g, "\u0001").replace(/\n/g, "\u0002").replace(/\r/g, "\u0003") : s;
  },
  tagValueProcessor: (_name: string, v: unknown) => {
    const s = safe(v);
    return typeof s === "string" ? s.replace(/\r/g, "\u0003") : s;
  },
});
