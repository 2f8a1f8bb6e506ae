import { create } from "xmlbuilder2";
import type { KnowledgeGraph } from "../graph/index.ts";

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

// GraphML has no list type: aliases are joined with "|", as in GEXF 1.2's liststring.
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
];
const EDGE_KEYS: Key[] = [
  { id: "e_type", name: "type", type: "string" },
  { id: "e_weight", name: "weight", type: "double" },
  { id: "e_register", name: "register", type: "boolean" },
  { id: "e_color", name: "color", type: "string" },
  { id: "e_evidence", name: "evidence", type: "string" },
];

/**
 * GraphML (graphml.graphdrawing.org) for tools that read it rather than GEXF: networkx, igraph,
 * yEd, Cytoscape. Directed, one <edge> per relation with its own id, so parallel relations between
 * one pair stay separate; typed <key> declarations for every attribute. Values absent on an
 * element (no code, no aliases, no evidence) are left out rather than written empty.
 */
export function toGraphml(graph: KnowledgeGraph, options: GraphmlOptions = {}): string {
  const withEvidence = options.evidence ?? true;
  const root = create({ version: "1.0", encoding: "UTF-8", invalidCharReplacement: "\uFFFD" }).ele("http://graphml.graphdrawing.org/xmlns", "graphml", {
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
  });
  const keys = (kind: "node" | "edge", list: Key[]) => {
    for (const k of list) {
      if (!withEvidence && k.name === "evidence") continue;
      root.ele("key", { id: k.id, for: kind, "attr.name": k.name, "attr.type": k.type });
    }
  };
  keys("node", NODE_KEYS);
  keys("edge", EDGE_KEYS);
  const g = root.ele("graph", { id: String(graph.getAttribute("name") ?? "G"), edgedefault: "directed" });
  const data = (parent: ReturnType<typeof root.ele>, key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === "") return;
    parent.ele("data", { key }).txt(String(value));
  };
  graph.forEachNode((key, a) => {
    const n = g.ele("node", { id: key });
    data(n, "label", a.label);
    data(n, "type", a.type);
    data(n, "aliases", a.aliases.join("|"));
    data(n, "code", a.code);
    data(n, "mentions", a.mentions);
    data(n, "implied", a.implied);
    data(n, "x", a.x);
    data(n, "y", a.y);
    data(n, "size", a.size);
    data(n, "color", a.color);
    if (withEvidence) data(n, "evidence", a.evidence[0]?.text);
  });
  graph.forEachEdge((key, a, source, target) => {
    const e = g.ele("edge", { id: key, source, target });
    data(e, "e_type", a.type);
    data(e, "e_weight", a.weight);
    data(e, "e_register", a.register);
    data(e, "e_color", a.color);
    if (withEvidence) data(e, "e_evidence", a.evidence[0]?.text);
  });
  return root.end({ prettyPrint: true, indent: "  " }) + "\n";
}
