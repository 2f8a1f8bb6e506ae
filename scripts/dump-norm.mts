import { ingest } from "../src/ingest/index.ts";
const { documents } = await ingest([process.argv[2]!]);
for (const d of documents) { console.log("=== " + d.file); console.log(d.norm); }
