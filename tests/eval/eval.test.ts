import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, formatReport, readGoldDir } from "../../src/eval/index.ts";
import { readGraphFile } from "../../src/graph-file/index.ts";
import { bundledGraphWithoutLayout } from "../helpers/bundled.ts";
import { hkg } from "../helpers/cli.ts";

const root = path.resolve(import.meta.dirname, "../..");
const goldDir = path.join(root, "tests/fixtures/gold");
const scorer = path.join(root, "tests/fixtures/score.mjs");
let out: string;
let graphFile: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "hkg-eval-"));
  graphFile = await bundledGraphWithoutLayout();
});

const runScorer = (graph: string, ...flags: string[]) => execFileSync(process.execPath, [scorer, graph, goldDir, ...flags], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

describe("hkg eval agrees with the shared scorer", () => {
  it("gives the same numbers on the bundled corpus's graph", async () => {
    const ours = evaluate(await readGraphFile(graphFile), readGoldDir(goldDir));
    const theirs = JSON.parse(runScorer(graphFile, "--json"));
    expect(ours.nodes).toEqual(theirs.nodes);
    expect(ours.edges).toEqual(theirs.edges);
    expect(ours.per_type).toEqual(theirs.per_type);
  });

  it("prints the same table and lists through the CLI", async () => {
    const cli = await hkg(["eval", goldDir, "--graph", graphFile, "--verbose"]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(runScorer(graphFile, "--verbose"));
  });

  it("agrees on a small hand-made graph: aliases, alt types, optional entities, symmetric and containment edges", async () => {
    const graph = {
      nodes: [
        { key: "a", attributes: { type: "City", label: "徐州市", aliases: ["彭城"] } },
        { key: "b", attributes: { type: "Province", label: "江苏省", aliases: [] } },
        { key: "c", attributes: { type: "District", label: "泉山", aliases: [] } },
        { key: "d", attributes: { type: "Organization", label: "北斗导航创新研究院", aliases: [] } },
        { key: "e", attributes: { type: "Zone", label: "江苏淮海科技城", aliases: [] } },
        { key: "f", attributes: { type: "City", label: "连云港市", aliases: [] } },
        { key: "g", attributes: { type: "Project", label: "不存在的项目", aliases: [] } },
      ],
      edges: [
        { source: "c", target: "b", attributes: { type: "PART_OF" } },
        { source: "d", target: "c", attributes: { type: "LOCATED_IN" } },
        { source: "f", target: "a", attributes: { type: "COOPERATES_WITH" } },
        { source: "g", target: "a", attributes: { type: "LOCATED_IN" } },
        { source: "e", target: "a", attributes: { type: "LEADS" } },
      ],
    };
    const file = path.join(out, "small.json");
    fs.writeFileSync(file, JSON.stringify(graph));
    const ours = evaluate(await readGraphFile(file), readGoldDir(goldDir));
    const theirs = JSON.parse(runScorer(file, "--json"));
    expect({ nodes: ours.nodes, edges: ours.edges, per_type: ours.per_type }).toEqual({ nodes: theirs.nodes, edges: theirs.edges, per_type: theirs.per_type });
    expect(formatReport(ours, true)).toBe(runScorer(file, "--verbose"));
  });

  it("exits 1 below a threshold and 2 on a missing graph", async () => {
    const run = async (...args: string[]) => (await hkg(["eval", goldDir, ...args])).code;
    expect(await run("--graph", graphFile, "--min-node-f1", "1.01")).toBe(1);
    expect(await run("--graph", path.join(out, "nothing.json"))).toBe(2);
  });
});
