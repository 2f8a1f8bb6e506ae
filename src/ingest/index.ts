import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { decode } from "./decode.ts";
import { describe, listDocuments } from "./files.ts";
import { htmlToText } from "./html.ts";
import { MAX_DEPTH } from "./bound-html.ts";
import { declaredCharset, looksLikeHtml } from "./sniff.ts";
import { findDate, findTitle } from "./metadata.ts";
import { applySidecar } from "./sidecar.ts";
import { normalizeForMatching } from "./normalize.ts";
import { splitSentences } from "./segment.ts";
import type { IngestOptions, IngestProblem, IngestResult, SourceDocument } from "./types.ts";
import { withoutReadingGlosses } from "./glosses.ts";

export type { DateSource, IngestOptions, IngestProblem, IngestResult, Sentence, SourceDocument } from "./types.ts";
export { parseIsoDate } from "./metadata.ts";
export { SIDECAR_SUFFIX } from "./sidecar.ts";
export { normalizeForMatching } from "./normalize.ts";
export { splitSentences } from "./segment.ts";
export { DOCUMENT_EXTENSIONS } from "./files.ts";

/** Reads files and folders into documents; a file that cannot be read is reported and skipped. */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, problems, raw } = await listDocuments(inputs);
  const documents = new DocumentSet(problems, options.date);
  for (const [i, file] of files.entries()) {
    const doc = await readDocument(file, problems, raw.get(file));
    if (doc) await applySidecar(doc, raw.get(file), problems);
    documents.add(doc, file);
    options.onProgress?.(i + 1, files.length, file);
  }
  return { documents: documents.list, problems };
}

/** A document given as text rather than as a file: `name` stands for the file name (its extension says whether it is HTML). */
export interface TextInput {
  name: string;
  text: string;
}

/** Texts (already decoded) into documents, exactly as files holding them in UTF-8 would be read. */
export function ingestTexts(inputs: TextInput[], options: Pick<IngestOptions, "date"> = {}): IngestResult {
  const problems: IngestProblem[] = [];
  const documents = new DocumentSet(problems, options.date);
  for (const { name, text } of inputs) documents.add(documentFromBytes(Buffer.from(text, "utf8"), name, problems), name);
  return { documents: documents.list, problems };
}

/** The same text twice (two copies of one page) is one document. */
class DocumentSet {
  readonly list: SourceDocument[] = [];
  private readonly seen = new Map<string, string>();
  /** `date`: for documents that give none (hkg build --date) */
  constructor(
    private readonly problems: IngestProblem[],
    private readonly date?: string,
  ) {}

  add(doc: SourceDocument | undefined, file: string): void {
    if (!doc) return;
    if (!doc.date && this.date) Object.assign(doc, { date: this.date, dateFrom: "option" });
    const first = this.seen.get(doc.id);
    if (first) this.problems.push({ path: file, problem: `same text as ${first}; read once` });
    else {
      this.seen.set(doc.id, file);
      this.list.push(doc);
    }
  }
}

/**
 * Largest file read. Government reports and news pages are well under a megabyte; a file of
 * hundreds of megabytes is a dump or an attack, and would hold the whole build's memory hostage.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** `bytes`: the path as the file system knows it, where its name is not UTF-8 (`file` is then for messages) */
async function readDocument(file: string, problems: IngestProblem[], bytes?: Buffer): Promise<SourceDocument | undefined> {
  let buf: Buffer;
  try {
    const size = (await stat(bytes ?? file)).size;
    if (size > MAX_DOCUMENT_BYTES) {
      problems.push({ path: file, problem: `too large (${(size / 1048576).toFixed(0)} MB; hkg reads documents up to ${MAX_DOCUMENT_BYTES / 1048576} MB); not read` });
      return undefined;
    }
    buf = await readFile(bytes ?? file);
  } catch (err) {
    problems.push({ path: file, problem: `cannot read: ${describe(err)}` });
    return undefined;
  }
  // one document that breaks a stage must not take the others with it
  try {
    return documentFromBytes(buf, file, problems);
  } catch (err) {
    problems.push({ path: file, problem: `could not be read as a document: ${(err as Error).message}` });
    return undefined;
  }
}

/** Builds a document from raw bytes; exposed for callers that hold bytes rather than files. */
export function documentFromBytes(buf: Buffer, file: string, problems: IngestProblem[]): SourceDocument | undefined {
  const base = path.basename(file);
  const htmlName = /\.html?$/i.test(base);
  const decoded = decode(buf, { declared: htmlName || looksLikeHtml(buf.subarray(0, 512).toString("latin1")) ? declaredCharset(buf) : undefined });
  if (!decoded.ok) {
    problems.push({ path: file, problem: decoded.problem });
    return undefined;
  }
  for (const w of decoded.warnings ?? []) problems.push({ path: file, problem: w });
  let text = decoded.text;
  let title: string | undefined;
  let dateHint: string | undefined;
  if (htmlName || looksLikeHtml(text)) {
    const html = htmlToText(text);
    text = html.text;
    title = html.title || undefined;
    dateHint = html.metaDate;
    if (html.flattened) problems.push({ path: file, problem: `HTML nested more than ${MAX_DEPTH} elements deep: ${html.flattened} element(s) read as plain text; the text is kept` });
    if (!text.trim()) {
      problems.push({ path: file, problem: "HTML page holds no main text" });
      return undefined;
    }
  }
  text = withoutReadingGlosses(text);
  // the id hashes the decoded text, so the same document in another encoding or file name is a duplicate
  const id = createHash("sha256").update(text).digest("hex").slice(0, 16);
  const fromMetadata = dateHint ? findDate("", dateHint) : undefined;
  const date = fromMetadata ?? findDate(text);
  return {
    id,
    file: base,
    path: file,
    title: title ?? findTitle(text, base),
    ...(date ? { date, dateFrom: fromMetadata ? "metadata" : "text" } : {}),
    encoding: decoded.encoding,
    text,
    norm: normalizeForMatching(text),
    sentences: splitSentences(text),
  };
}
