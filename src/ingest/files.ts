import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestProblem } from "./types.ts";

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
const EXTENSION_LIST = [...DOCUMENT_EXTENSIONS].join(", ");

const isDocumentName = (name: string) => DOCUMENT_EXTENSIONS.has(path.extname(name).toLowerCase());

/**
 * Expands files and folders (recursively, following symbolic links) into document paths, sorted
 * for a deterministic order. Only regular files are read: a FIFO or device named x.txt would
 * block or never end, so it is reported instead.
 */
export async function listDocuments(inputs: string[]): Promise<{ files: string[]; problems: IngestProblem[] }> {
  const files = new Set<string>();
  const problems: IngestProblem[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    const info = await inspect(input, problems);
    if (!info) continue;
    if (info.isDirectory()) {
      const before = files.size;
      await walk(input, files, problems, visited);
      if (files.size === before) problems.push({ path: input, problem: `folder holds no documents (${EXTENSION_LIST})` });
    } else if (!info.isFile()) {
      problems.push({ path: input, problem: `not a regular file (${kind(info)}); not read` });
    } else if (isDocumentName(input)) {
      files.add(input);
    } else {
      problems.push({ path: input, problem: `not a document type hkg reads (${EXTENSION_LIST})` });
    }
  }
  // a path reached twice (inside a folder and by name) is still one line
  const unique = [...new Map(problems.map((p) => [`${p.path}\0${p.problem}`, p])).values()];
  return { files: [...files].sort(), problems: unique };
}

async function walk(dir: string, out: Set<string>, problems: IngestProblem[], visited: Set<string>): Promise<void> {
  // a symbolic link back up the tree would otherwise recurse forever
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return;
  visited.add(real);
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
    if (e.isDirectory()) await walk(p, out, problems, visited);
    else if (e.isFile()) {
      if (isDocumentName(e.name)) out.add(p);
    } else if (e.isSymbolicLink()) {
      const info = await inspect(p, problems, isDocumentName(e.name));
      if (info?.isDirectory()) await walk(p, out, problems, visited);
      else if (info?.isFile() && isDocumentName(e.name)) out.add(p);
    } else if (isDocumentName(e.name)) {
      // only names that promise a document are worth a message; other sockets and pipes are noise
      problems.push({ path: p, problem: `not a regular file (${kind(e)}); not read` });
    }
  }
}

/** stat() with a message that tells a missing file from a broken symbolic link. */
async function inspect(p: string, problems: IngestProblem[], report = true) {
  try {
    return await stat(p);
  } catch (err) {
    if (!report) return undefined;
    const link = await lstat(p).catch(() => undefined);
    const problem = link?.isSymbolicLink() ? "broken symbolic link (its target does not exist)" : `cannot read: ${describe(err)}`;
    problems.push({ path: p, problem });
    return undefined;
  }
}

function kind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file or folder";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "EISDIR") return "is a folder";
  if (e?.code === "ELOOP") return "too many levels of symbolic links";
  return e?.message ?? String(err);
}
