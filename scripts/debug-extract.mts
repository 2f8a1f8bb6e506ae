// Prints what the extractor reads in one sentence: npx tsx scripts/debug-extract.mts "句子"
import { createExtractor } from "../src/extract/index.ts";
import { loadKnowledge } from "../src/knowledge/index.ts";
import { normalizeForMatching as normalize } from "../src/ingest/normalize.ts";
const text = process.argv[2] ?? "";
const kb = loadKnowledge();
const ex = createExtractor(kb);
const norm = normalize(text);
const doc = { id: "t", file: "t.txt", path: "t.txt", title: process.argv[3] ?? "", encoding: "utf-8", text, norm, sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }] };
const r = ex.extract(doc as never);
for (const m of r.mentions) console.log(m.type, m.name, m.canonical ?? "", m.via ?? "");
for (const x of r.relations) console.log(x.type, r.mentions[x.head]!.name, "->", r.mentions[x.tail]!.name);
