import XMLWriter from "xml-writer";
import type { KnowledgeGraph } from "../graph/index.ts";
import type { EdgeAttributes, NodeAttributes } from "../ontology/index.ts";

export type GexfVersion = "1.3" | "1.2";

export interface GexfOptions {
  /** GEXF meta description; default names the documents count */
  description?: string;
  /** include the first evidence sentence as a string attribute (default true) */
  evidence?: boolean;
  /** "1.3" (default) or "1.2" (GEXF 1.2draft, for readers such as networkx 2.x that stop there) */
  version?: GexfVersion;
}

/**
 * GEXF with typed attributes (type, aliases, code, mentions, implied), node colours by type,
 * sizes and positions from the build's layout, so Gephi shows a readable picture on open.
 *
 * Every edge carries its relation as GEXF `kind`: Gephi merges parallel edges of the same kind
 * (LEADS and MEMBER_OF between one pair would become one edge), and keeps them when kinds differ.
 * Colours are written as r/g/b, the one form that GEXF 1.2 and 1.3 readers (Gephi, networkx) all read.
 */
export function toGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  return [...gexfPieces(graph, options)].join("");
}

/**
 * toGexf's text in pieces of about 16 K characters, for writing a large graph without holding its
 * whole text (graphology-gexf's `write` builds one string, and then a copy of the graph for it).
 *
 * This is graphology-gexf's writer (common/writer.js, 0.13) made to stream: the same xml-writer
 * with a sink instead of its string, the same attribute model inferred over every element (a
 * first pass), the same element layout. What toGexf used to patch into the writer's output is
 * written in place: no xsi attributes in 1.3 (the RelaxNG schema, the format's reference, does
 * not allow them), the 1.2 viz namespace readers recognise, GEXF 1.3's spells.
 */
export function* gexfPieces(graph: KnowledgeGraph, options: GexfOptions = {}): Generator<string> {
  const withEvidence = options.evidence ?? true;
  const version = options.version ?? "1.3";
  const formatNode = (a: NodeAttributes): Element => ({
    label: a.label,
    attributes: {
      type: a.type,
      // an empty list would be written as a value-less <attvalue> in 1.2: no aliases, no value
      aliases: a.aliases.length ? a.aliases : undefined,
      code: a.code ?? "",
      mentions: a.mentions,
      implied: a.implied,
      ...(withEvidence ? { evidence: a.evidence[0]?.text ?? "" } : {}),
      ...timeValues(a),
    },
    viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
  });
  const formatEdge = (a: EdgeAttributes): Element => ({
    label: a.type,
    kind: a.type,
    weight: a.weight,
    attributes: { type: a.type, register: a.register, ...(withEvidence ? { evidence: a.evidence[0]?.text ?? "" } : {}), ...timeValues(a) },
    viz: { color: rgb(a.color) },
  });

  // GEXF 1.3's dynamics for Gephi's timeline: the graph becomes dynamic (dates as timestamps) and
  // every node and edge stated in dated documents gets one spell per date it is stated on. An
  // element without spells is there at all times (the register's containment, undated documents).
  const dateOf = new Map(graph.getAttribute("documents").map((d) => [d.id, d.date]));
  const dates = (docs: readonly string[] | undefined) => [...new Set((docs ?? []).map((d) => dateOf.get(d)).filter((d): d is string => !!d).map(xsdDate))].sort();
  const dated = (docs: readonly string[] | undefined) => !!docs?.some((d) => dateOf.get(d));
  const dynamic = version === "1.3" && (graph.someNode((_, a) => dated(a.docs)) || graph.someEdge((_, a) => dated(a.docs)));
  // indented as the writer indents an element's children
  const spells = (docs: readonly string[] | undefined) => dates(docs).map((d) => `\n          <spell timestamp="${d}"/>`);

  let pending: string[] = [];
  let units = 0;
  const writer = new XMLWriter("  ", (piece) => {
    pending.push(piece);
    units += piece.length;
  });
  function* flush(force = false): Generator<string> {
    if (units < PIECE_UNITS && !force) return;
    yield xmlChars(pending.join(""));
    pending = [];
    units = 0;
  }

  writer.startDocument("1.0", "UTF-8");
  writer.startElement("gexf");
  writer.writeAttribute("version", version);
  if (version === "1.2") {
    writer.writeAttribute("xmlns", "http://www.gexf.net/1.2draft");
    writer.writeAttribute("xmlns:viz", "http://www.gexf.net/1.2draft/viz");
  } else {
    writer.writeAttribute("xmlns", "http://gexf.net/1.3");
    writer.writeAttribute("xmlns:viz", "http://gexf.net/1.3/viz");
  }
  writer.startElement("meta");
  // only what GEXF allows in <meta> (the writer's pedantic mode)
  writer.writeElement("creator", String(graph.getAttribute("generator")));
  writer.writeElement("description", options.description ?? `Huaihai Economic Zone knowledge graph from ${graph.getAttribute("documents").length} documents`);
  writer.endElement();
  writer.startElement("graph");
  if (dynamic) {
    writer.writeAttribute("mode", "dynamic");
    writer.writeAttribute("timeformat", "date");
    writer.writeAttribute("timerepresentation", "timestamp");
  }
  const defaultEdgeType = graph.type === "undirected" ? "undirected" : "directed";
  writer.writeAttribute("defaultedgetype", defaultEdgeType);

  const nodeModel = inferModel((add) => graph.forEachNode((_, a) => add(formatNode(a))));
  writeModel(writer, nodeModel, "node");
  const edgeModel = inferModel((add) => graph.forEachEdge((_, a) => add(formatEdge(a))));
  writeModel(writer, edgeModel, "edge");

  const writeSpells = (docs: readonly string[] | undefined) => {
    const list = dynamic ? spells(docs) : [];
    if (!list.length) return;
    // after the start tag, before the element's first child
    writer.endAttributes();
    pending.push(`\n        <spells>${list.join("")}\n        </spells>`);
  };

  writer.startElement("nodes");
  for (const { node, attributes } of graph.nodeEntries()) {
    const element = formatNode(attributes);
    writer.startElement("node");
    writer.writeAttribute("id", node);
    if (element.label) writer.writeAttribute("label", element.label);
    writeSpells(attributes.docs);
    writeBody(writer, version, nodeModel, element);
    writer.endElement();
    yield* flush();
  }
  writer.endElement();
  writer.startElement("edges");
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const element = formatEdge(attributes);
    writer.startElement("edge");
    writer.writeAttribute("id", edge);
    const type = undirected ? "undirected" : "directed";
    if (type !== defaultEdgeType) writer.writeAttribute("type", type);
    writer.writeAttribute("source", source);
    writer.writeAttribute("target", target);
    if (typeof element.weight === "number" && !Number.isNaN(element.weight)) writer.writeAttribute("weight", element.weight);
    if (element.kind) writer.writeAttribute("kind", element.kind);
    if (element.label) writer.writeAttribute("label", element.label);
    writeSpells(attributes.docs);
    writeBody(writer, version, edgeModel, element);
    writer.endElement();
    yield* flush();
  }
  writer.endElement();
  writer.flush();
  yield* flush(true);
}

// small pieces: see WRITE_UNITS in graph-file/atomic.ts
const PIECE_UNITS = 1 << 14;

type Value = string | number | boolean | string[] | undefined;
interface Element {
  label?: string;
  kind?: string;
  weight?: number;
  attributes: Record<string, Value>;
  viz: { color: { r: number; g: number; b: number }; size?: number; x?: number; y?: number };
}
type GexfType = "liststring" | "string" | "double" | "long" | "integer" | "boolean" | "empty";
type Model = Record<string, GexfType>;

// what follows is graphology-gexf's, as it writes: the same types, priorities, casts and layout
const PRIORITY: Record<GexfType, number> = { liststring: 0, string: 5, double: 6, long: 7, integer: 8, boolean: 9, empty: 10 };
const isEmptyValue = (v: unknown) => v === undefined || v === null || v === "" || v !== v;

function scalarType(v: unknown): GexfType {
  if (isEmptyValue(v)) return "empty";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return v === (v | 0) ? (v <= 0x7fffffff && v >= -0x7fffffff ? "integer" : "long") : "double";
  return "string";
}

function valueType(v: Value): GexfType {
  if (!Array.isArray(v)) return scalarType(v);
  // our lists are lists of strings: the writer's list type is then liststring, or nothing when all are empty
  return v.some((x) => !isEmptyValue(x)) ? "liststring" : "empty";
}

/** Each attribute's type, in the order attributes first appear with a value. */
function inferModel(each: (add: (element: Element) => void) => void): Model {
  const model: Model = {};
  each(({ attributes }) => {
    for (const k in attributes) {
      const type = valueType(attributes[k]);
      if (type === "empty") continue;
      const current = model[k];
      if (!current || (type !== current && PRIORITY[type] < PRIORITY[current])) model[k] = type;
    }
  });
  return model;
}

function writeModel(writer: XMLWriter, model: Model, kind: "node" | "edge"): void {
  if (!Object.keys(model).length) return;
  writer.startElement("attributes");
  writer.writeAttribute("class", kind);
  for (const name in model) {
    writer.startElement("attribute");
    writer.writeAttribute("id", name);
    writer.writeAttribute("title", name);
    writer.writeAttribute("type", model[name]!);
    writer.endElement();
  }
  writer.endElement();
}

// a list's strings are quoted when they hold a quote or a line end (graphology-gexf tests this
// with a global regex, whose lastIndex carries over between values; this one does not)
const TO_SANITIZE = /[\r\t\n]/;

function cast(version: GexfVersion, type: GexfType, value: Value): string {
  if (!type.startsWith("list")) return String(value);
  const list = Array.isArray(value) ? value : [value];
  if (version !== "1.3") return list.join("|");
  return `[${list.map((v) => (TO_SANITIZE.test(String(v)) ? JSON.stringify(v) : !String(v).includes("'") ? (!String(v).includes('"') ? v : `'${v}'`) : JSON.stringify(v))).join(", ")}]`;
}

/** An element's attribute values and viz children. */
function writeBody(writer: XMLWriter, version: GexfVersion, model: Model, element: Element): void {
  if (Object.keys(model).length) {
    writer.startElement("attvalues");
    for (const name in model) {
      if (!(name in element.attributes)) continue;
      const value = element.attributes[name];
      if (isEmptyValue(value)) continue;
      writer.startElement("attvalue");
      writer.writeAttribute("for", name);
      writer.writeAttribute("value", cast(version, model[name]!, value));
      writer.endElement();
    }
    writer.endElement();
  }
  const { color, size, x, y } = element.viz;
  writer.startElementNS("viz", "color");
  writer.writeAttribute("r", color.r);
  writer.writeAttribute("g", color.g);
  writer.writeAttribute("b", color.b);
  writer.endElement();
  if (size !== undefined) {
    writer.startElementNS("viz", "size");
    writer.writeAttribute("value", size);
    writer.endElement();
  }
  if (x !== undefined || y !== undefined) {
    writer.startElementNS("viz", "position");
    if (x !== undefined) writer.writeAttribute("x", x);
    if (y !== undefined) writer.writeAttribute("y", y);
    writer.endElement();
  }
}

/**
 * firstSeen, lastSeen and years as attribute values; nothing for an element no dated document
 * states. Years are a list of strings: networkx has no listinteger type and fails on it.
 */
function timeValues(a: { firstSeen?: string; lastSeen?: string; years?: number[] }) {
  return a.years?.length ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen, years: a.years.map(String) } : {};
}

/** An ISO date prefix as xsd:date: 2024 → 2024-01-01, 2024-03 → 2024-03-01. */
const xsdDate = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

// Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab and line ends, lone
// surrogates, U+FFFE and U+FFFF. The writer passes them through from document text and names.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// Characters XML 1.0 allows raw but XML 1.1 parsers (and xmldom) read as a line end, turning them
// into a space inside an attribute: written as character references, every parser reads them back.
const LINE_END_LIKE = /[\u007F-\u009F\u2028\u2029]/g;

/** The document with every character XML cannot hold replaced by U+FFFD, so any parser reads it. */
export function xmlChars(xml: string): string {
  return xml.replace(NOT_XML, "\uFFFD").replace(LINE_END_LIKE, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`);
}

/** "#c0392b" → r 192, g 57, b 43, written as r/g/b attributes in every GEXF version. */
function rgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`colour ${hex} is not #rrggbb`);
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
