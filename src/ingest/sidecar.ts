import { readFile } from "node:fs/promises";
import { parseIsoDate } from "./metadata.ts";
import type { IngestProblem, SourceDocument } from "./types.ts";

/** `report.txt` may have `report.txt.meta.json` beside it: facts about the document its text does not give. */
export const SIDECAR_SUFFIX = ".meta.json";

/**
 * Reads the document's sidecar, if there is one, and applies it: `{"date": "2021-03"}` sets the
 * date (the sidecar is written for this one file, so it wins over a date read from the text). A
 * sidecar that cannot be used is named with its problem; the document is still read.
 */
export async function applySidecar(doc: SourceDocument, bytes: Buffer | undefined, problems: IngestProblem[]): Promise<void> {
  const shown = doc.path + SIDECAR_SUFFIX;
  let raw: string;
  try {
    raw = await readFile(bytes ? Buffer.concat([bytes, Buffer.from(SIDECAR_SUFFIX)]) : shown, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") problems.push({ path: shown, problem: `cannot read sidecar: ${(err as Error).message}; the document is read without it` });
    return;
  }
  let meta: unknown;
  try {
    meta = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (err) {
    problems.push({ path: shown, problem: `sidecar is not JSON (${(err as Error).message}); the document is read without it` });
    return;
  }
  const date = (meta as { date?: unknown } | null)?.date;
  if (date === undefined) return;
  const parsed = typeof date === "string" ? parseIsoDate(date) : undefined;
  if (!parsed) {
    problems.push({ path: shown, problem: `sidecar date ${JSON.stringify(date)} is not YYYY, YYYY-MM or YYYY-MM-DD; the document is read without it` });
    return;
  }
  Object.assign(doc, { date: parsed, dateFrom: "sidecar" });
}
