import { write } from "graphology-gexf";
import type { KnowledgeGraph } from "../graph/index.ts";

export interface GexfOptions {
  /** GEXF meta description; default names the documents count */
  description?: string;
  /** include the first evidence sentence as a string attribute (default true) */
  evidence?: boolean;
}

/**
 * GEXF 1.3 with typed attributes (type, aliases, code, mentions, implied), node colours by type,
 * sizes and positions from the build's layout, so Gephi shows a readable picture on open.
 */
export function toGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  const withEvidence = options.evidence ?? true;
  // the writer turns every scalar graph attribute into a <meta> child; GEXF allows only these
  const copy = graph.copy();
  copy.replaceAttributes({
    creator: graph.getAttribute("generator"),
    description: options.description ?? `Huaihai Economic Zone knowledge graph from ${graph.getAttribute("documents").length} documents`,
  } as never);
  const xml = write(copy, {
    version: "1.3",
    pretty: true,
    pedantic: true,
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: {
        type: a.type,
        aliases: a.aliases,
        code: a.code ?? "",
        mentions: a.mentions,
        implied: a.implied,
        ...(withEvidence ? { evidence: a.evidence[0]?.text ?? "" } : {}),
      },
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.weight,
      attributes: { type: a.type, register: a.register, ...(withEvidence ? { evidence: a.evidence[0]?.text ?? "" } : {}) },
      viz: { color: a.color },
    }),
  });
  // The writer points xsi:schemaLocation at the 1.3 XSD, which rejects the spec's own viz namespace;
  // the RelaxNG schema (the format's reference) does not allow the xsi attributes at all.
  return xmlChars(xml.replace(/ xmlns:xsi="[^"]*"/, "").replace(/ xsi:schemaLocation="[^"]*"/, ""));
}

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
