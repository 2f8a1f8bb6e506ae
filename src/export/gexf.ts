import { write } from "graphology-gexf";
import type { KnowledgeGraph } from "../graph/index.ts";

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
  const withEvidence = options.evidence ?? true;
  const version = options.version ?? "1.3";
  // the writer turns every scalar graph attribute into a <meta> child; GEXF allows only these
  const copy = graph.copy();
  copy.replaceAttributes({
    creator: graph.getAttribute("generator"),
    description: options.description ?? `Huaihai Economic Zone knowledge graph from ${graph.getAttribute("documents").length} documents`,
  } as never);
  const xml = write(copy, {
    version,
    pretty: true,
    pedantic: true,
    formatNode: (_key, a) => ({
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
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      kind: a.type,
      weight: a.weight,
      attributes: { type: a.type, register: a.register, ...(withEvidence ? { evidence: a.evidence[0]?.text ?? "" } : {}), ...timeValues(a) },
      viz: { color: rgb(a.color) },
    }),
  });
  // The writer points xsi:schemaLocation at the 1.3 XSD, which rejects the spec's own viz namespace;
  // the RelaxNG schema (the format's reference) does not allow the xsi attributes at all.
  if (version === "1.3") return xmlChars(withSpells(xml.replace(/ xmlns:xsi="[^"]*"/, "").replace(/ xsi:schemaLocation="[^"]*"/, ""), graph));
  // For 1.2 the writer declares viz as "http:///www.gexf.net/1.1draft/viz" (sic), which readers
  // that honour namespaces (networkx) do not recognise, so they drop colours, sizes and positions.
  return xmlChars(xml.replace(/ xmlns:viz="[^"]*"/, ` xmlns:viz="http://www.gexf.net/1.2draft/viz"`));
}

/**
 * firstSeen, lastSeen and years as attribute values; nothing for an element no dated document
 * states. Years are a list of strings: networkx has no listinteger type and fails on it.
 */
function timeValues(a: { firstSeen?: string; lastSeen?: string; years?: number[] }) {
  return a.years?.length ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen, years: a.years.map(String) } : {};
}

/**
 * GEXF 1.3's dynamics for Gephi's timeline: the graph becomes dynamic (dates as timestamps) and
 * every node and edge stated in dated documents gets one spell per date it is stated on. An
 * element without spells is there at all times (the register's containment, undated documents).
 * The writer knows no dynamics, so the spells go into its output: every "<node " and "<edge " in
 * it is an element's start tag (a "<" inside a value is always written as &lt;, a '"' as &quot;),
 * in the graph's own order, so the i-th tag is the i-th node or edge.
 */
function withSpells(xml: string, graph: KnowledgeGraph): string {
  const dateOf = new Map(graph.getAttribute("documents").map((d) => [d.id, d.date]));
  const spells = (docs: readonly string[] | undefined) => {
    const dates = [...new Set((docs ?? []).map((d) => dateOf.get(d)).filter((d): d is string => !!d).map(xsdDate))].sort();
    // indented as the writer indents an element's children
    return dates.length ? `\n        <spells>${dates.map((d) => `\n          <spell timestamp="${d}"/>`).join("")}\n        </spells>` : "";
  };
  const nodeSpells = graph.mapNodes((_, a) => spells(a.docs));
  const edgeSpells = graph.mapEdges((_, a) => spells(a.docs));
  if (![...nodeSpells, ...edgeSpells].some(Boolean)) return xml;
  const insert = (text: string, tag: "node" | "edge", list: string[]) => {
    let i = 0;
    const out = text.replace(new RegExp(`<${tag}(?:\\s+[\\w:.-]+="[^"]*")*\\s*>`, "g"), (start) => start + (list[i++] ?? ""));
    if (i !== list.length) throw new Error(`GEXF writer wrote ${i} <${tag}> elements for ${list.length} ${tag}s`);
    return out;
  };
  const dynamic = xml.replace(/<graph\b/, '<graph mode="dynamic" timeformat="date" timerepresentation="timestamp"');
  return insert(insert(dynamic, "node", nodeSpells), "edge", edgeSpells);
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

/** "#c0392b" → "rgb(192,57,43)", which the writer emits as r/g/b attributes in every GEXF version. */
function rgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`colour ${hex} is not #rrggbb`);
  return `rgb(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)})`;
}
