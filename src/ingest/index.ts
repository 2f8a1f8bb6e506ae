import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decode } from "./decode.ts";
import { describe, listDocuments } from "./files.ts";
import { htmlToText } from "./html.ts";
import { findDate, findTitle } from "./metadata.ts";
import { normalizeForMatching } from "./normalize.ts";
import { splitSentences } from "./segment.ts";
import type { IngestOptions, IngestProblem, IngestResult, SourceDocument } from "./types.ts";

export type { IngestOptions, IngestProblem, IngestResult, Sentence, SourceDocument } from "./types.ts";
export { normalizeForMatching } from "./normalize.ts";
export { splitSentences } from "./segment.ts";
export { DOCUMENT_EXTENSIONS } from "./files.ts";

/** Reads files and folders into documents; a file that cannot be read is reported and skipped. */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, problems } = await listDocuments(inputs);
  const documents: SourceDocument[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const doc = await readDocument(file, problems);
    if (doc) {
      const first = seen.get(doc.id);
      if (first) problems.push({ path: file, problem: `same text as ${first}; read once` });
      else {
        seen.set(doc.id, file);
        documents.push(doc);
      }
    }
    options.onProgress?.(i + 1, files.length, file);
  }
  return { documents, problems };
}

async function readDocument(file: string, problems: IngestProblem[]): Promise<SourceDocument | undefined> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    problems.push({ path: file, problem: `cannot read: ${describe(err)}` });
    return undefined;
  }
  return documentFromBytes(buf, file, problems);
}

/** Builds a document from raw bytes; exposed for callers that hold bytes rather than files. */
export function documentFromBytes(buf: Buffer, file: string, problems: IngestProblem[]): SourceDocument | undefined {
  const decoded = decode(buf);
  if (!decoded.ok) {
    problems.push({ path: file, problem: decoded.problem });
    return undefined;
  }
  const base = path.basename(file);
  let text = decoded.text;
  let title: string | undefined;
  if (/\.html?$/i.test(base)) {
    const html = htmlToText(text);
    text = html.text;
    title = html.title || undefined;
    if (!text.trim()) {
      problems.push({ path: file, problem: "HTML page holds no main text" });
      return undefined;
    }
  }
  const id = createHash("sha256").update(text).digest("hex").slice(0, 16);
  return {
    id,
    file: base,
    path: file,
    title: title ?? findTitle(text, base),
    date: findDate(text),
    encoding: decoded.encoding,
    text,
    norm: normalizeForMatching(text),
    sentences: splitSentences(text),
  };
}
