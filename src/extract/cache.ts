import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SourceDocument } from "../ingest/index.ts";
import type { Extraction } from "./types.ts";
import { extractorVersion } from "./version.ts";

/** The entry format; an entry of another format is a miss. */
const FORMAT = 1;

export interface ExtractionCacheOptions {
  /**
   * after a build, remove every entry it did not use (the default cache beside the outputs mirrors
   * one corpus); a shared cache given with --cache keeps other corpora's entries
   */
  prune?: boolean;
  /** the extractor's identity; extractorVersion() unless a test pins one */
  version?: string;
}

export interface ExtractionCache {
  /** the cached extraction of `doc`, or undefined (absent, or unreadable: then a warning is kept) */
  get(doc: SourceDocument): Promise<Extraction | undefined>;
  /** keeps a fresh extraction, written by commit() */
  put(doc: SourceDocument, extraction: Extraction): void;
  /** writes the new entries (and prunes); called only once a build's outputs are written */
  commit(): Promise<void>;
  /** how many documents get() answered */
  readonly reused: number;
  /** one line per entry that was there but could not be used */
  readonly warnings: string[];
}

/**
 * A content-addressed store of extractions, one file per document under `dir/<extractor version>/`,
 * named by a hash of everything extraction reads (the document's text and title) and the
 * extractor's version: a changed document or a changed rule is simply a miss. Each file carries
 * a checksum of its body, so a truncated or flipped entry is noticed and re-extracted, never used.
 */
export function openExtractionCache(dir: string, options: ExtractionCacheOptions = {}): ExtractionCache {
  const version = options.version ?? extractorVersion();
  const folder = path.join(dir, version);
  const used = new Set<string>();
  const pending = new Map<string, string>();
  const warnings: string[] = [];
  let reused = 0;

  const keyOf = (doc: SourceDocument) =>
    createHash("sha256").update(`${version}\n${doc.id}\n${doc.title}\n${doc.text.length}`).digest("hex").slice(0, 32);
  const fileOf = (key: string) => path.join(folder, `${key}.json`);

  return {
    get reused() {
      return reused;
    },
    warnings,
    async get(doc) {
      const key = keyOf(doc);
      used.add(key);
      let raw: string;
      try {
        raw = await readFile(fileOf(key), "utf8");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") warnings.push(`cache entry ${fileOf(key)} cannot be read (${(err as Error).message}); ${doc.path} extracted again`);
        return undefined;
      }
      const found = parseEntry(raw, key, doc.id);
      if (typeof found === "string") {
        warnings.push(`cache entry ${fileOf(key)} is unusable (${found}); ${doc.path} extracted again`);
        return undefined;
      }
      reused++;
      return found;
    },
    put(doc, extraction) {
      const key = keyOf(doc);
      used.add(key);
      const body = JSON.stringify(extraction);
      pending.set(key, `${JSON.stringify({ format: FORMAT, key, sha256: sha256(body) })}\n${body}\n`);
    },
    async commit() {
      // a cache that cannot be written costs the next build time, never this build its outputs
      try {
        await mkdir(folder, { recursive: true });
        // each entry appears whole or not at all: a reader never sees half a file
        for (const [key, content] of pending) {
          const tmp = `${fileOf(key)}.${process.pid}-${randomBytes(3).toString("hex")}.tmp`;
          await writeFile(tmp, content);
          await rename(tmp, fileOf(key));
        }
        pending.clear();
        if (!options.prune) return;
        for (const entry of await readdir(dir)) if (entry !== version) await rm(path.join(dir, entry), { recursive: true, force: true });
        for (const entry of await readdir(folder)) {
          const key = entry.endsWith(".json") ? entry.slice(0, -5) : undefined;
          if (!key || !used.has(key)) await rm(path.join(folder, entry), { force: true });
        }
      } catch (err) {
        warnings.push(`cache ${dir} not updated: ${(err as Error).message}`);
      }
    },
  };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** The entry's extraction, or why it cannot be used. */
function parseEntry(raw: string, key: string, doc: string): Extraction | string {
  const nl = raw.indexOf("\n");
  if (nl < 0) return "no header";
  let header: { format?: unknown; key?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(raw.slice(0, nl));
  } catch {
    return "header is not JSON";
  }
  if (header?.format !== FORMAT || header.key !== key) return "another format or key";
  const body = raw.slice(nl + 1).replace(/\n$/, "");
  if (header.sha256 !== sha256(body)) return "checksum does not match";
  let ex: Extraction;
  try {
    ex = JSON.parse(body) as Extraction;
  } catch {
    return "body is not JSON";
  }
  if (!ex || ex.doc !== doc || !Array.isArray(ex.mentions) || !Array.isArray(ex.relations)) return "not an extraction of this document";
  return ex;
}
