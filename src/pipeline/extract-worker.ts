// One extraction thread of the pool (extract-pool.ts): builds its own extractor, then extracts the
// documents it is sent, one reply per document, in the order sent.
import { parentPort } from "node:worker_threads";
import { createExtractor } from "../extract/index.ts";
import type { SourceDocument } from "../ingest/index.ts";
import { loadKnowledge } from "../knowledge/index.ts";
import type { WorkerReply, WorkerRequest } from "./extract-pool.ts";

const port = parentPort!;
const extractor = createExtractor(loadKnowledge());
port.on("message", ({ id, doc }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, extraction: extractor.extract(doc as SourceDocument) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  port.postMessage(reply);
});
