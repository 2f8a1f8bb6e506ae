import { buildGraph, type KnowledgeGraph } from "../../src/graph/index.ts";
import type { SourceDocument } from "../../src/ingest/index.ts";
import { normalizeForMatching, splitSentences } from "../../src/ingest/index.ts";
import type { ResolvedGraph } from "../../src/resolve/index.ts";

/** A small hand-made graph, independent of the extractor, for writer tests. */
export function sampleGraph(): KnowledgeGraph {
  const text = "云龙湖实验室依托中国矿业大学建设。名称里有'引号'、\\反斜杠\\和 })。";
  const doc: SourceDocument = {
    id: "d0c0ffee00000001",
    file: "sample.txt",
    path: "sample.txt",
    title: "样例",
    date: "2024-01-19",
    encoding: "utf-8",
    text,
    norm: normalizeForMatching(text),
    sentences: splitSentences(text),
  };
  const resolved: ResolvedGraph = {
    entities: [
      { key: "City:徐州市#3203", type: "City", label: "徐州市", aliases: ["徐州", "彭城"], code: "3203", implied: false, occurrences: [] },
      { key: "Lab:云龙湖实验室", type: "Lab", label: "云龙湖实验室", aliases: [], implied: false, occurrences: [{ doc: doc.id, sentence: 0, start: 0, end: 6 }] },
      { key: "Organization:中国矿业大学", type: "Organization", label: "中国矿业大学", aliases: ["矿大"], implied: false, occurrences: [{ doc: doc.id, sentence: 0, start: 8, end: 14 }] },
      { key: "Province:江苏省#32", type: "Province", label: "江苏省", aliases: [], code: "32", implied: true, occurrences: [] },
      { key: "Project:'引号'\\反斜杠\\ })", type: "Project", label: "'引号'\\反斜杠\\ })", aliases: ["MATCH (n) DETACH DELETE n"], implied: false, occurrences: [{ doc: doc.id, sentence: 1, start: 21, end: 36 }] },
    ],
    relations: [
      { type: "HOSTED_BY", source: "Lab:云龙湖实验室", target: "Organization:中国矿业大学", register: false, occurrences: [{ doc: doc.id, sentence: 0, start: 0, end: 14 }] },
      { type: "PART_OF", source: "City:徐州市#3203", target: "Province:江苏省#32", register: true, occurrences: [] },
      { type: "LOCATED_IN", source: "Lab:云龙湖实验室", target: "City:徐州市#3203", register: false, occurrences: [{ doc: doc.id, sentence: 0, start: 0, end: 6 }] },
    ],
  };
  return buildGraph(resolved, [doc], { layout: { iterations: 50 } });
}
