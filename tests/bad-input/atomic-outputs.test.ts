// Issue 12, item 7: graph.json, graph.gexf and graph.cypher change as one set. A process is
// really killed (SIGKILL) right after its first rename into the output folder; the next write
// (or recoverOutputs) must leave one complete set and no temporary files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { recoverOutputs, writeFilesAtomically } from "../../src/graph-file/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ATOMIC = path.join(ROOT, "src/graph-file/index.ts");
const base = mkdtempSync(path.join(tmpdir(), "hkg-atomic-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const NAMES = ["graph.json", "graph.gexf", "graph.cypher"];
const set = (tag: string) => Object.fromEntries(NAMES.map((n) => [n, `${tag} ${n}\n`]));
const contents = (dir: string) => NAMES.map((n) => readFileSync(path.join(dir, n), "utf8"));

/** Runs writeFilesAtomically in a child that kills itself with SIGKILL after `after` renames into the folder. */
function killedWrite(dir: string, tag: string, after: number) {
  const script = `
    import { createRequire, syncBuiltinESMExports } from "node:module";
    const fsp = createRequire(import.meta.url)("fs/promises");
    const rename = fsp.rename;
    let n = 0;
    fsp.rename = async (from, to) => {
      await rename(from, to);
      if (!String(to).includes(".hkg-") && ++n === ${after}) process.kill(process.pid, "SIGKILL");
    };
    syncBuiltinESMExports();
    const { writeFilesAtomically } = await import(${JSON.stringify(ATOMIC)});
    await writeFilesAtomically(${JSON.stringify(dir)}, ${JSON.stringify(set(tag))});
  `;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
}

describe("the three outputs as one set", () => {
  it("a kill after the first rename: recovery finishes the new set, no temporary files stay", async () => {
    const dir = path.join(base, "killed");
    await writeFilesAtomically(dir, set("old"));
    const r = killedWrite(dir, "new", 1);
    expect(r.signal, r.stderr).toBe("SIGKILL");
    // the moment of the kill: one new file beside two old ones, and the journal that names the set
    expect(contents(dir)).toEqual(["new graph.json\n", "old graph.gexf\n", "old graph.cypher\n"]);
    expect(readdirSync(dir)).toContain(".hkg-commit.json");
    const done = await recoverOutputs(dir);
    expect(done.join()).toMatch(/finished an interrupted write/);
    expect(contents(dir)).toEqual(["new graph.json\n", "new graph.gexf\n", "new graph.cypher\n"]);
    expect(readdirSync(dir).sort()).toEqual([...NAMES].sort());
  });

  it("the next build into the folder finishes the interrupted set before writing its own", async () => {
    const dir = path.join(base, "next");
    await writeFilesAtomically(dir, set("old"));
    expect(killedWrite(dir, "new", 2).signal).toBe("SIGKILL");
    // a build that then fails before committing leaves the finished set, not the mix
    await expect(writeFilesAtomically(dir, { "graph.json": "x", "sub/none.txt": "y" })).rejects.toThrow();
    expect(contents(dir)).toEqual(["new graph.json\n", "new graph.gexf\n", "new graph.cypher\n"]);
    expect(readdirSync(dir).sort()).toEqual([...NAMES].sort());
  });

  it("a kill before the commit leaves the old set; the next write removes its staging folder", async () => {
    const dir = path.join(base, "early");
    await writeFilesAtomically(dir, set("old"));
    // killed by its own first rename: that is the journal's, before any output moved
    const script = `
      import { createRequire, syncBuiltinESMExports } from "node:module";
      const fsp = createRequire(import.meta.url)("fs/promises");
      fsp.rename = async () => process.kill(process.pid, "SIGKILL");
      syncBuiltinESMExports();
      const { writeFilesAtomically } = await import(${JSON.stringify(ATOMIC)});
      await writeFilesAtomically(${JSON.stringify(dir)}, ${JSON.stringify(set("new"))});
    `;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.signal, r.stderr).toBe("SIGKILL");
    expect(contents(dir)).toEqual(["old graph.json\n", "old graph.gexf\n", "old graph.cypher\n"]);
    expect(readdirSync(dir).some((e) => e.startsWith(".hkg-staging-"))).toBe(true);
    await writeFilesAtomically(dir, set("third"));
    expect(contents(dir)).toEqual(["third graph.json\n", "third graph.gexf\n", "third graph.cypher\n"]);
    expect(readdirSync(dir).sort()).toEqual([...NAMES].sort());
  });

  it("removes name.<pid>.tmp files an earlier version left behind, once that process is gone", async () => {
    const dir = path.join(base, "stale");
    mkdirSync(dir, { recursive: true });
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(path.join(dir, `graph.json.${gone}.tmp`), "x".repeat(1000));
    writeFileSync(path.join(dir, `graph.gexf.${process.pid}.tmp`), "a live process's file");
    writeFileSync(path.join(dir, "notes.txt"), "the user's own file");
    await writeFilesAtomically(dir, set("new"));
    expect(existsSync(path.join(dir, `graph.json.${gone}.tmp`))).toBe(false);
    expect(existsSync(path.join(dir, `graph.gexf.${process.pid}.tmp`))).toBe(true);
    expect(readFileSync(path.join(dir, "notes.txt"), "utf8")).toBe("the user's own file");
  });
});
