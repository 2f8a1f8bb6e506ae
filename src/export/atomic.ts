import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writes every file next to its destination under a temporary name, then renames them all: a
 * failure before the renames leaves the previous outputs untouched and no half-written file.
 */
export async function writeFilesAtomically(dir: string, files: Record<string, string>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const dest = path.join(dir, name);
      const tmp = `${dest}.${process.pid}.tmp`;
      temps.push([tmp, dest]);
      await writeFile(tmp, content);
    }
  } catch (err) {
    await Promise.all(temps.map(([tmp]) => rm(tmp, { force: true })));
    throw err;
  }
  for (const [tmp, dest] of temps) await rename(tmp, dest);
  return temps.map(([, dest]) => dest);
}
