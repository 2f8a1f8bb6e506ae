import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestProblem } from "./types.ts";

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

/** Expands files and folders (recursively) into document paths, sorted for a deterministic order. */
export async function listDocuments(inputs: string[]): Promise<{ files: string[]; problems: IngestProblem[] }> {
  const files = new Set<string>();
  const problems: IngestProblem[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      problems.push({ path: input, problem: `cannot read: ${describe(err)}` });
      continue;
    }
    if (info.isDirectory()) {
      const before = files.size;
      await walk(input, files, problems);
      if (files.size === before) problems.push({ path: input, problem: "folder holds no documents (.txt, .md, .html, .htm)" });
    } else if (DOCUMENT_EXTENSIONS.has(path.extname(input).toLowerCase())) {
      files.add(input);
    } else {
      problems.push({ path: input, problem: `not a document type hkg reads (${[...DOCUMENT_EXTENSIONS].join(", ")})` });
    }
  }
  return { files: [...files].sort(), problems };
}

async function walk(dir: string, out: Set<string>, problems: IngestProblem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, problem: `cannot read folder: ${describe(err)}` });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, problems);
    else if (e.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.add(p);
  }
}

export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file or folder";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "EISDIR") return "is a folder";
  return e?.message ?? String(err);
}
