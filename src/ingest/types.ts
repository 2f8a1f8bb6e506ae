export interface Sentence {
  index: number;
  paragraph: number;
  /** offsets into the document's `text` (UTF-16 code units) */
  start: number;
  end: number;
}

export interface SourceDocument {
  /** content hash of the decoded text (first 16 hex digits of SHA-256) */
  id: string;
  /** file name (base name) */
  file: string;
  /** path as given on the command line, for messages */
  path: string;
  title: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY) where the text gives one */
  date?: string;
  /**
   * where the date comes from: the text's opening lines, the HTML page's metadata, a sidecar file
   * (`report.txt.meta.json`), or the --date given for documents that have none
   */
  dateFrom?: DateSource;
  /** detected encoding of the file */
  encoding: string;
  /** the decoded text, as written (evidence quotes this) */
  text: string;
  /**
   * the same text normalised for matching: traditional → simplified, full-width → half-width.
   * Always the same length as `text`, character for character, so offsets carry over.
   */
  norm: string;
  sentences: Sentence[];
}

export interface IngestProblem {
  path: string;
  problem: string;
}

export interface IngestResult {
  documents: SourceDocument[];
  problems: IngestProblem[];
}

export type DateSource = "text" | "metadata" | "sidecar" | "option";

export interface IngestOptions {
  /** the date of documents whose text, metadata and sidecar give none (hkg build --date) */
  date?: string;
  /** called after each file; `done` of `total` */
  onProgress?: (done: number, total: number, path: string) => void;
}
