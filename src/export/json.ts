import type { KnowledgeGraph } from "../graph/index.ts";

/** graphology's serialised form (docs/ontology.md, "The graph file"), one entry per line for readable diffs. */
export function toJson(graph: KnowledgeGraph): string {
  return [...jsonPieces(graph)].join("");
}

/**
 * toJson's text in pieces, one node or edge at a time, for writing a large graph without holding
 * its whole text. Each entry is what graph.export() gives for it ({ key, attributes } for a node;
 * { key, source, target, attributes } for an edge, `undirected` on a mixed graph's undirected
 * edges), without export()'s copy of every attribute object.
 */
export function* jsonPieces(graph: KnowledgeGraph): Generator<string> {
  yield `{\n"attributes": ${JSON.stringify(graph.getAttributes())},\n`;
  yield `"options": ${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n`;
  yield `"nodes": [\n`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const entry: { key: string; attributes?: object } = { key: node };
    if (Object.keys(attributes).length) entry.attributes = attributes;
    yield (first ? "" : ",\n") + JSON.stringify(entry);
    first = false;
  }
  yield `\n],\n"edges": [\n`;
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const entry: { key: string; source: string; target: string; attributes?: object; undirected?: true } = { key: edge, source, target };
    if (Object.keys(attributes).length) entry.attributes = attributes;
    if (graph.type === "mixed" && undirected) entry.undirected = true;
    yield (first ? "" : ",\n") + JSON.stringify(entry);
    first = false;
  }
  yield `\n]\n}\n`;
}
