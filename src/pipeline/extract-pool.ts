// Extraction on several threads (node:worker_threads). Each thread builds its own extractor (the
// segmenter and dictionaries cannot be shared between threads) and is sent whole documents; the
// replies are put back in document order, so the graph is the same bytes whatever the number of
// threads or the order they finish in.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Extraction } from "../extract/index.ts";
import type { SourceDocument } from "../ingest/index.ts";

export interface WorkerRequest {
  id: number;
  doc: SourceDocument;
}
export type WorkerReply = { id: number; extraction: Extraction } | { id: number; error: string };

/** One document's outcome: its extraction, or why it could not be extracted. */
export type Extracted = { extraction: Extraction } | { error: string };

/**
 * The number of extraction threads when none is asked for: one per core the process may use, up
 * to four (beyond that the main thread, which ingests and resolves alone, is the limit); one (no
 * pool) for less text than a few seconds of extraction, which a thread's start (about 1.5 s to
 * build its extractor) would not repay.
 */
export function defaultJobs(characters: number): number {
  return characters < POOL_MIN_CHARS ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}
const POOL_MIN_CHARS = 1_000_000;

/**
 * Extracts `documents` on `jobs` threads; `done` is called as each finishes (for progress). The
 * outcomes are in the order of `documents`.
 */
export async function extractOnThreads(documents: SourceDocument[], jobs: number, done?: () => void): Promise<Extracted[]> {
  const results: Extracted[] = new Array(documents.length);
  if (!documents.length) return results;
  const threads = Array.from({ length: Math.min(jobs, documents.length) }, () => startWorker());
  let next = 0;
  try {
    await Promise.all(
      threads.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            // two documents in flight per thread: it never waits for the main thread between two
            const send = () => {
              while (inFlight < 2 && next < documents.length) {
                const id = next++;
                worker.postMessage({ id, doc: documents[id]! } satisfies WorkerRequest);
                inFlight++;
              }
              if (inFlight === 0) resolve();
            };
            worker.on("message", (reply: WorkerReply) => {
              inFlight--;
              results[reply.id] = "error" in reply ? { error: reply.error } : { extraction: reply.extraction };
              done?.();
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (inFlight > 0 || next < documents.length) reject(new Error(`an extraction thread stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return results;
}

/** tsx's ESM API (what bin/hkg.js imports), found through its package's exports. */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports as Record<string, { import: { default: string } }>;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

function startWorker(): Worker {
  const here = import.meta.url;
  // from the sources (a checkout, the tests) the thread runs TypeScript through tsx, as bin/hkg.js does
  const fromSource = here.endsWith(".ts");
  const entry = new URL(fromSource ? "./extract-worker.ts" : "./extract-worker.js", here).href;
  const tsx = fromSource ? tsxApi(here) : "";
  const boot = `
    const { workerData } = require("node:worker_threads");
    (async () => {
      if (workerData.tsx) (await import(workerData.tsx)).register();
      await import(workerData.entry);
    })().catch((err) => { throw err; });
  `;
  return new Worker(boot, { eval: true, workerData: { entry, tsx } });
}
