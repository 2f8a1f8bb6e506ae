// Preloaded (node --import) into an `hkg build` by npm run faults: kills the process with SIGKILL,
// exactly as kill -9 would, at one step of committing its output set, named by HKG_FAULT:
//   before-commit  just before the journal is renamed into place (the new set is not decided yet)
//   after-commit   just after it (decided, no output moved yet)
//   renamed:N      just after the N-th output file was renamed into the output folder
//   journal-gone   just after the journal was removed (all moved, staging folder still there)
// A timer cannot hit these moments: each lasts microseconds.
import { createRequire, syncBuiltinESMExports } from "node:module";

const fsp = createRequire(import.meta.url)("fs/promises");
const at = process.env.HKG_FAULT ?? "";
const die = () => process.kill(process.pid, "SIGKILL");
const { rename, unlink } = fsp;
let moved = 0;

fsp.rename = async (from, to) => {
  const journal = String(to).endsWith(".hkg-commit.json");
  if (journal && at === "before-commit") die();
  await rename(from, to);
  if (journal && at === "after-commit") die();
  if (!journal && !String(to).includes(".hkg-") && at === `renamed:${++moved}`) die();
};
fsp.unlink = async (file) => {
  await unlink(file);
  if (String(file).endsWith(".hkg-commit.json") && at === "journal-gone") die();
};
syncBuiltinESMExports();
