// Developer aid: prints each document's home and mentions (for reading the extractor on a dev fold).
import { createExtractor } from "../src/extract/index.ts";
import { ingest } from "../src/ingest/index.ts";
import { loadKnowledge } from "../src/knowledge/index.ts";

const paths = process.argv.slice(2);
const kb = await loadKnowledge();
const ex = createExtractor(kb);
const { documents } = await ingest(paths);
for (const d of documents) {
  const r = ex.extract(d);
  console.log(`## ${d.path ?? d.id} home=${JSON.stringify(r.home)} title=${d.title}`);
  for (const m of r.mentions) console.log(`  ${m.type}\t${m.name}${m.canonical && m.canonical !== m.name ? " → " + m.canonical : ""}${m.via ? " (via)" : ""}`);
  for (const x of r.relations) console.log(`  ${x.type}: ${r.mentions[x.head]!.canonical ?? r.mentions[x.head]!.name} -> ${r.mentions[x.tail]!.canonical ?? r.mentions[x.tail]!.name}`);
}
