// The bundled corpus built once per test worker (without the layout, which scoring ignores), for
// the files that score it: building it costs seconds, and every such file builds the same thing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "../../src/pipeline/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
let built: Promise<string> | undefined;

/** Path of graph.json built from corpus/ with layout: false; the same file for every caller in this worker. */
export function bundledGraphWithoutLayout(): Promise<string> {
  built ??= (async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "hkg-bundled-"));
    await build([path.join(root, "corpus")], { out, layout: false });
    return path.join(out, "graph.json");
  })();
  return built;
}
