// Issue 10: a reader never pairs one build's graph.json with another's graph.gexf. A write is
// killed (SIGKILL) right after its first rename; before any recovery, hkg load and hkg serve
// already read the decided new set, and the folder itself is left untouched by them.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readCommitted, readGraphFile, writeFilesAtomically } from "../../src/graph-file/index.ts";
import { startServer } from "../../src/serve/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const base = mkdtempSync(path.join(tmpdir(), "hkg-committed-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const graphJson = (tag: string) => JSON.stringify({ attributes: { name: tag, documents: [] }, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes: [], edges: [] });
// graph.json last, so a kill after the first rename leaves the old graph.json in place
const set = (tag: string) => ({ "graph.gexf": `${tag} gexf`, "graph.cypher": `${tag} cypher`, "graph.json": graphJson(tag) });

describe("reading an output folder after a build was killed between its renames", () => {
  it("hkg load and hkg serve read the new set, though only graph.gexf was renamed", async () => {
    const dir = path.join(base, "out");
    await writeFilesAtomically(dir, set("old"));
    // the files move in the order given: killed once graph.gexf has moved
    const script = `const { writeFilesAtomically } = await import(${JSON.stringify(path.join(ROOT, "src/graph-file/index.ts"))});
      await writeFilesAtomically(${JSON.stringify(dir)}, ${JSON.stringify(set("new"))});`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--import", path.join(ROOT, "scripts/faults/kill-at.mjs"), "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, HKG_FAULT: "renamed:1" },
    });
    expect(r.signal, r.stderr).toBe("SIGKILL");
    // on disk: one new file, two old, and the journal
    expect(readFileSync(path.join(dir, "graph.gexf"), "utf8")).toBe("new gexf");
    expect(readFileSync(path.join(dir, "graph.cypher"), "utf8")).toBe("old cypher");
    expect(JSON.parse(readFileSync(path.join(dir, "graph.json"), "utf8")).attributes.name).toBe("old");
    const before = readdirSync(dir).sort();
    expect(before).toContain(".hkg-commit.json");

    expect(String(await readCommitted(path.join(dir, "graph.cypher")))).toBe("new cypher");
    expect((await readGraphFile(path.join(dir, "graph.json"))).attributes?.name).toBe("new");
    const dist = path.join(base, "dist");
    mkdirSync(dist);
    writeFileSync(path.join(dist, "index.html"), "<!doctype html>");
    const server = await startServer({ graphPath: path.join(dir, "graph.json"), port: 0, distDir: dist });
    {
      try {
        const body = await new Promise<string>((ok, fail) =>
          get({ host: "127.0.0.1", port: server.port, path: "/graph", headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
            let t = "";
            res.on("data", (c) => (t += String(c)));
            res.on("end", () => ok(t));
          }).on("error", fail),
        );
        expect(JSON.parse(body).attributes.name).toBe("new");
      } finally {
        await server.close();
      }
    }
    // readers change nothing: the next build finishes the commit
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
