// Names a hostile or unlucky document could carry, put through the real graph builder (issue 10):
// every entity's label is one of them and its evidence sentence quotes it, so each output
// (graph.json, GEXF, graph.cypher, hkg load, the viewer) meets them as names and as text.
import { buildGraph, type KnowledgeGraph } from "../../src/graph/index.ts";
import type { SourceDocument } from "../../src/ingest/index.ts";
import { normalizeForMatching, splitSentences } from "../../src/ingest/index.ts";
import type { ResolvedEntity, ResolvedGraph } from "../../src/resolve/index.ts";

export const HOSTILE = {
  quotes: `引号'单"双"\`反\`实验室`,
  backslashes: "反斜杠\\实验室\\\\'\\\"\\u0027",
  script: "</script><script>window.__pwned=1</script>实验室",
  markup: `<img src=x onerror="window.__pwned=2"><b>粗</b>&amp;&lt;<!--`,
  cdata: "]]><![CDATA[<x>]]>&#0;",
  cypher: `"}) MATCH (n) DETACH DELETE n //' $x {y}`,
  control: "控制\u0000\u0001\u0008\u001b[31m红\u001b[0m\u007f\u0085",
  bidi: "双向\u202Eexe.txt\u202C\u2066隔离\u2069\u200F",
  lines: "换行\n回车\r\n制表\t分隔\u2028段\u2029",
  nonchars: "非字符\uFFFE\uFFFF",
  long: "长".repeat(250) + "L".repeat(250),
} as const;

export type HostileKey = keyof typeof HOSTILE;
export const HOSTILE_KEYS = Object.keys(HOSTILE) as HostileKey[];

/** The node key of each hostile name: its type and the name itself, as resolve would key it. */
export const hostileKey = (k: HostileKey) => `Organization:${HOSTILE[k]}`;

/** A graph of one organisation per hostile name (each in a sentence of its own), all cooperating with 徐州市. */
export function hostileGraph(): KnowledgeGraph {
  const parts = HOSTILE_KEYS.map((k) => `${HOSTILE[k]}与徐州市合作。`);
  const text = parts.join("");
  const sentences = splitSentences(text);
  const doc: SourceDocument = {
    id: "d0c0ffee0000b0b0",
    file: "hostile <names>.txt",
    path: "hostile <names>.txt",
    title: "</title><script>window.__pwned=3</script>",
    date: "2024-01-19",
    encoding: "utf-8",
    text,
    norm: normalizeForMatching(text),
    sentences,
  };
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  let at = 0;
  const entities: ResolvedEntity[] = [
    { key: "City:徐州市#3203", type: "City", label: "徐州市", aliases: ["徐州"], code: "3203", implied: false, occurrences: [] },
  ];
  const relations: ResolvedGraph["relations"] = [];
  HOSTILE_KEYS.forEach((k, i) => {
    const name = HOSTILE[k];
    const start = at;
    const end = start + name.length;
    at += parts[i]!.length;
    const sentence = sentenceAt(start);
    // a name holding a line break spans sentences; it is then a name without evidence
    const occurrences = sentence >= 0 && sentences[sentence]!.end >= end ? [{ doc: doc.id, sentence, start, end }] : [];
    entities.push({ key: hostileKey(k), type: "Organization", label: name, aliases: [`${name}'`], implied: false, occurrences });
    relations.push({ type: "COOPERATES_WITH", source: hostileKey(k), target: "City:徐州市#3203", register: false, occurrences });
  });
  return buildGraph({ entities, relations }, [doc], { layout: { iterations: 20 } });
}
