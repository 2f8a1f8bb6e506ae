import { randomBytes } from "node:crypto";
import { link, mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

// Everything a write keeps beside the outputs starts with ".hkg-", so a listing shows it as ours.
const STAGING = ".hkg-staging-";
const JOURNAL = ".hkg-commit.json";
const LOCK = ".hkg-lock";

/**
 * A file's content: the whole text, or its pieces in order (a generator is read as the file is
 * written, so an output of hundreds of megabytes is never held as one string).
 */
export type FileContent = string | Iterable<string>;

interface Journal {
  /** the staging folder's name inside the output folder */
  staging: string;
  files: string[];
}

/**
 * Writes a set of files into `dir` as one step that a crash cannot leave half done:
 * 1. every file is written and fsynced in a fresh staging folder inside `dir`;
 * 2. a journal naming the set is written and fsynced: from here on the new set is decided;
 * 3. the files are renamed into place, the folder fsynced, the journal removed.
 * A run killed before 2 leaves the old set (and a staging folder the next run removes); killed
 * during 3, the next write into `dir` (or recoverOutputs) first finishes the renames the journal
 * names. A lock file keeps two builds into the same folder from interleaving their renames.
 */
export async function writeFilesAtomically(dir: string, files: Record<string, FileContent>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const release = await lock(dir);
  try {
    await recover(dir, Object.keys(files));
    const staging = path.join(dir, `${STAGING}${process.pid}-${randomBytes(4).toString("hex")}`);
    await mkdir(staging);
    try {
      for (const [name, content] of Object.entries(files)) await writeDurably(path.join(staging, name), content);
      await syncDir(staging);
      const journal: Journal = { staging: path.basename(staging), files: Object.keys(files) };
      const pending = path.join(dir, `${JOURNAL}.${process.pid}.tmp`);
      await writeDurably(pending, JSON.stringify(journal));
      await rename(pending, path.join(dir, JOURNAL));
      await syncDir(dir);
      await apply(dir, journal);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } finally {
    await release();
  }
  return Object.keys(files).map((name) => path.join(dir, name));
}

/**
 * Brings `dir` back to one complete set after a killed write: finishes a commit its journal
 * names, removes staging folders and temporary files no live process is writing. Returns what
 * it did, for messages.
 */
export async function recoverOutputs(dir: string, names: string[] = []): Promise<string[]> {
  const release = await lock(dir);
  try {
    return await recover(dir, names);
  } finally {
    await release();
  }
}

/**
 * The path a reader should open for `file`, one of a set written by writeFilesAtomically: the
 * file itself, or, while a killed write's journal says the new set is decided but not all of it
 * renamed yet, that set's copy in the staging folder. So a reader never pairs one build's
 * graph.json with another's graph.gexf, and needs no write access to the folder to get that.
 */
export async function committedPath(file: string): Promise<string> {
  const dir = path.dirname(file);
  const journal = await readFile(path.join(dir, JOURNAL), "utf8").then(
    (t) => JSON.parse(t) as Journal,
    () => undefined,
  );
  const name = path.basename(file);
  if (!journal || !Array.isArray(journal.files) || !journal.files.includes(name)) return file;
  const staged = path.join(dir, path.basename(String(journal.staging)), name);
  return (await stat(staged).then((s) => s.isFile(), () => false)) ? staged : file;
}

/** Reads one file of a set as committedPath says; retried once if a recovery moved it meanwhile. */
export async function readCommitted(file: string): Promise<Buffer> {
  try {
    return await readFile(await committedPath(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    return readFile(await committedPath(file));
  }
}

async function recover(dir: string, names: string[]): Promise<string[]> {
  const done: string[] = [];
  const journalPath = path.join(dir, JOURNAL);
  const journal = await readFile(journalPath, "utf8").then(
    (t) => JSON.parse(t) as Journal,
    () => undefined,
  );
  if (journal) {
    await apply(dir, journal);
    done.push(`finished an interrupted write of ${journal.files.join(", ")}`);
  }
  for (const entry of await readdir(dir)) {
    // under the lock no other hkg writes here: every staging folder and journal draft is left over
    if (entry.startsWith(STAGING) || (entry.startsWith(`${JOURNAL}.`) && entry.endsWith(".tmp"))) {
      await rm(path.join(dir, entry), { recursive: true, force: true });
      done.push(`removed ${entry}`);
      continue;
    }
    // name.<pid>.tmp: what earlier versions of hkg wrote beside each output; kept while that process lives
    const old = /^(.+)\.(\d+)\.tmp$/.exec(entry);
    if (old && (names.length === 0 || names.includes(old[1]!)) && !alive(Number(old[2]))) {
      await rm(path.join(dir, entry), { force: true });
      done.push(`removed ${entry}`);
    }
  }
  return done;
}

async function apply(dir: string, journal: Journal): Promise<void> {
  const staging = path.join(dir, path.basename(journal.staging));
  for (const name of journal.files) {
    try {
      await rename(path.join(staging, path.basename(name)), path.join(dir, path.basename(name)));
    } catch (err) {
      // already moved by the run that was killed
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  await syncDir(dir);
  await unlink(path.join(dir, JOURNAL)).catch(() => undefined);
  await syncDir(dir);
  await rm(staging, { recursive: true, force: true });
}

// pieces are gathered up to this many UTF-16 units before a write: few system calls, and strings
// small enough for V8's young generation (a larger one goes to the large-object space, freed only
// by a full collection, so a writer of hundreds of megabytes would pile them up)
const WRITE_UNITS = 1 << 15;

async function writeDurably(file: string, content: FileContent): Promise<void> {
  const handle = await open(file, "w");
  try {
    if (typeof content === "string") await writeFile(handle, content);
    else {
      let pending: string[] = [];
      let units = 0;
      for (const piece of content) {
        pending.push(piece);
        units += piece.length;
        if (units < WRITE_UNITS) continue;
        let text = pending.join("");
        // a pair of surrogates split between two pieces would be written as two U+FFFD
        const split = /[\uD800-\uDBFF]$/.test(text) ? text.slice(-1) : "";
        if (split) text = text.slice(0, -1);
        await handle.writeFile(text);
        pending = [split];
        units = split.length;
      }
      await handle.writeFile(pending.join(""));
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync of a folder makes the names in it (created, renamed) survive a power cut. */
async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // some file systems (and Windows) cannot fsync a folder; the renames are still atomic
  } finally {
    await handle?.close();
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** An exclusive lock on the folder: a file holding the owner's pid, taken over when that process is gone. */
async function lock(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK);
  // created whole by link(), so no one ever reads a lock without its pid
  const mine = path.join(dir, `${LOCK}.${process.pid}.tmp`);
  await writeFile(mine, String(process.pid));
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    try {
      await link(mine, file);
      await unlink(mine);
      return () => unlink(file).catch(() => undefined);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") {
        await unlink(mine).catch(() => undefined);
        throw err;
      }
    }
    const owner = Number((await readFile(file, "utf8").catch(() => "")).trim());
    if (!alive(owner)) {
      await unlink(file).catch(() => undefined);
      continue;
    }
    // another build is writing into this folder: wait for it rather than mix two sets
    await new Promise((r) => setTimeout(r, wait));
  }
}
