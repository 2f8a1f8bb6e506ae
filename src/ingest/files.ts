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
export async function listDocuments(inputs: string[]): Promise<{ files: string[]; problems: IngestProblem[]; raw: Map<string, Buffer> }> {
  const files = new Set<string>();
  const problems: IngestProblem[] = [];
  const visited = new Set<string>();
  const raw = new Map<string, Buffer>();
  for (const input of inputs) {
    const info = await inspect(input, problems);
    if (!info) continue;
    if (info.isDirectory()) {
      const before = files.size;
      await walk({ shown: input, bytes: Buffer.from(input) }, files, problems, visited, raw);
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
  return { files: [...files].sort(), problems: unique, raw };
}

/**
 * A path as shown in messages and as the bytes the file system knows it by. File names are bytes
 * on Linux; one that is not UTF-8 (a GBK name from an old archive) is shown with its bad bytes as
 * \xNN and read by its bytes, so the document is not lost.
 */
interface FsPath {
  shown: string;
  bytes: Buffer;
}

async function walk(dir: FsPath, out: Set<string>, problems: IngestProblem[], visited: Set<string>, raw: Map<string, Buffer>): Promise<void> {
  // a symbolic link back up the tree would otherwise recurse forever
  const real = await realpath(dir.bytes, { encoding: "buffer" }).then((b) => b.toString("latin1"), () => dir.shown);
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = await readdir(dir.bytes, { withFileTypes: true, encoding: "buffer" });
  } catch (err) {
    problems.push({ path: dir.shown, problem: `cannot read folder: ${describe(err)}` });
    return;
  }
  const named = entries.map((e) => ({ e, name: shownName(e.name) }));
  for (const { e, name } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name.startsWith(".")) continue;
    const p: FsPath = { shown: path.join(dir.shown, name), bytes: Buffer.concat([dir.bytes, Buffer.from(path.sep), e.name]) };
    const add = () => {
      out.add(p.shown);
      if (!p.bytes.equals(Buffer.from(p.shown))) raw.set(p.shown, p.bytes);
    };
    if (e.isDirectory()) await walk(p, out, problems, visited, raw);
    else if (e.isFile()) {
      if (isDocumentName(name)) add();
    } else if (e.isSymbolicLink()) {
      const info = await inspect(p.bytes, problems, isDocumentName(name), p.shown);
      if (info?.isDirectory()) await walk(p, out, problems, visited, raw);
      else if (info?.isFile() && isDocumentName(name)) add();
      else if (info && isDocumentName(name)) problems.push({ path: p.shown, problem: `symbolic link to ${kind(info)}, not a regular file; not read` });
    } else if (isDocumentName(name)) {
      // only names that promise a document are worth a message; other sockets and pipes are noise
      problems.push({ path: p.shown, problem: `not a regular file (${kind(e)}); not read` });
    }
  }
}

/** A file name's bytes as text: UTF-8 where they are UTF-8, any other byte as \xNN. */
export function shownName(bytes: Buffer): string {
  const s = bytes.toString("utf8");
  if (Buffer.from(s).equals(bytes)) return s;
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    let n = 1;
    for (; n <= 4; n++) {
      const piece = bytes.subarray(i, i + n);
      const t = piece.toString("utf8");
      if (!t.includes("\ufffd") && Buffer.from(t).equals(piece)) {
        out += t;
        break;
      }
    }
    if (n <= 4) i += n;
    else out += `\\x${bytes[i++]!.toString(16).padStart(2, "0")}`;
  }
  return out;
}

/** stat() with a message that tells a missing file from a broken symbolic link and a link loop. */
async function inspect(p: string | Buffer, problems: IngestProblem[], report = true, shown = String(p)) {
  try {
    return await stat(p);
  } catch (err) {
    if (!report) return undefined;
    const link = await lstat(p).catch(() => undefined);
    const loop = (err as NodeJS.ErrnoException).code === "ELOOP";
    const problem = loop
      ? "symbolic link loop (the link leads back to itself)"
      : link?.isSymbolicLink()
        ? "broken symbolic link (its target does not exist)"
        : `cannot read: ${describe(err)}`;
    problems.push({ path: shown, problem });
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
