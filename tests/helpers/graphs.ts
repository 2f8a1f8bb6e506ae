// Small graphs in the graph.json contract, built with graphology as hkg build would, for the
// Neo4j tests to load while (or where) the bundled corpus's graph is not at hand.
import { DirectedGraph } from "graphology";
import type { SerializedGraph } from "../../src/graph-file/index.ts";
import {
  NODE_COLORS,
  RELATION_COLORS,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
  type NodeType,
  type RelationType,
} from "../../src/ontology/index.ts";

const DOC = "doc-a";

function evidence(text: string, sentence = 0): Evidence {
  return { doc: DOC, sentence, start: 0, end: Math.min(3, text.length), text, sentenceStart: 0 };
}

function builder() {
  const g = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({
    name: "test",
    generator: "tests/helpers/graphs.ts",
    documents: [{ id: DOC, file: "000_test.txt", title: "测试文档", date: "2024-05-01", chars: 100 }],
  });
  const node = (key: string, type: NodeType, extra: Partial<NodeAttributes> = {}) =>
    g.addNode(key, {
      type,
      label: key,
      aliases: [],
      implied: false,
      mentions: 1,
      docs: [DOC],
      evidence: [evidence(`${key}在这里。`)],
      x: 0,
      y: 0,
      size: 1,
      color: NODE_COLORS[type],
      ...extra,
    });
  const edge = (s: string, t: string, type: RelationType, register = false) =>
    g.addEdge(s, t, { type, weight: 1, register, evidence: register ? [] : [evidence(`${s}与${t}。`, 1)], color: RELATION_COLORS[type] });
  return { g, node, edge };
}

/** The facts the issue says the real graph will hold, in a dozen nodes. */
export function smallGraph(): SerializedGraph {
  const { g, node, edge } = builder();
  node("江苏省", "Province", { code: "32", implied: true, mentions: 0, docs: [], evidence: [] });
  node("徐州市", "City", { code: "3203", aliases: ["徐州", "彭城"], mentions: 12 });
  node("泉山区", "District", { code: "320311", aliases: ["泉山"] });
  node("淮海经济区", "Region");
  node("宿州市", "City", { code: "3413" });
  node("中国矿业大学", "Organization", { aliases: ["矿大"] });
  node("云龙湖实验室", "Lab");
  node("徐州高新技术产业开发区", "Zone", { aliases: ["徐州高新区"] });
  node("徐宿淮盐铁路", "Infrastructure");
  node("卓曜高效光伏电池项目", "Project");
  edge("泉山区", "徐州市", "PART_OF", true);
  edge("徐州市", "江苏省", "PART_OF", true);
  edge("徐州市", "淮海经济区", "MEMBER_OF", true);
  edge("宿州市", "淮海经济区", "MEMBER_OF", true);
  edge("云龙湖实验室", "中国矿业大学", "HOSTED_BY");
  edge("徐州高新技术产业开发区", "泉山区", "PART_OF");
  edge("卓曜高效光伏电池项目", "徐州高新技术产业开发区", "LOCATED_IN");
  edge("徐宿淮盐铁路", "徐州市", "CONNECTS");
  edge("徐宿淮盐铁路", "宿州市", "CONNECTS");
  edge("中国矿业大学", "徐州市", "COOPERATES_WITH");
  return g.export() as unknown as SerializedGraph;
}

/** Names that would break a loader that splices values into Cypher. */
export const HOSTILE_NAMES = [
  `O'Reilly "实验室"`,
  "back\\slash\\\\double",
  "})-[:PART_OF]->(x) RETURN 1 //",
  "MATCH (n) DETACH DELETE n",
  "line one\nline two\r\n\ttabbed",
  "`backtick` $param {braces}",
  "' OR 1=1 --",
  "😀 徐州 \u0000 nul",
];

export function injectionGraph(): SerializedGraph {
  const { g, node, edge } = builder();
  HOSTILE_NAMES.forEach((name, i) => node(`hostile:${i}:${name}`, "Organization", { label: name, aliases: [name, `${name}'`] }));
  edge(`hostile:0:${HOSTILE_NAMES[0]}`, `hostile:3:${HOSTILE_NAMES[3]}`, "COOPERATES_WITH");
  edge(`hostile:2:${HOSTILE_NAMES[2]}`, `hostile:1:${HOSTILE_NAMES[1]}`, "HOSTED_BY");
  return g.export() as unknown as SerializedGraph;
}
