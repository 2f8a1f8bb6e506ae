import type { KnowledgeGraph } from "../graph/index.ts";

/** graphology's serialised form (docs/ontology.md, "The graph file"), one entry per line for readable diffs. */
export function toJson(graph: KnowledgeGraph): string {
  const data = graph.export();
  const lines = [
    "{",
    `"attributes": ${JSON.stringify(data.attributes)},`,
    `"options": ${JSON.stringify(data.options)},`,
    `"nodes": [`,
    data.nodes.map((n) => JSON.stringify(n)).join(",\n"),
    "],",
    `"edges": [`,
    data.edges.map((e) => JSON.stringify(e)).join(",\n"),
    "]",
    "}",
  ];
  return lines.join("\n") + "\n";
}
