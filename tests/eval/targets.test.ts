import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, readGoldDir } from "../../src/eval/index.ts";
import { readGraphFile } from "../../src/graph-file/index.ts";
import { bundledGraphWithoutLayout } from "../helpers/bundled.ts";

const root = path.resolve(import.meta.dirname, "../..");

// Issue 3's targets: node F1 ≥ 0.90, edge F1 ≥ 0.75, no node type below 0.75.
// Reached on the bundled corpus (0.970 / 0.954 at the time of writing), so the test holds the targets themselves.
const MIN_NODE_F1 = 0.9;
const MIN_EDGE_F1 = 0.75;
const MIN_TYPE_F1 = 0.75;

describe("extraction quality on the bundled corpus", () => {
  it("meets the targets against gold", async () => {
    const r = evaluate(await readGraphFile(await bundledGraphWithoutLayout()), readGoldDir(path.join(root, "tests/fixtures/gold")));
    expect(r.nodes.f1).toBeGreaterThanOrEqual(MIN_NODE_F1);
    expect(r.edges.f1).toBeGreaterThanOrEqual(MIN_EDGE_F1);
    for (const [type, s] of Object.entries(r.per_type)) if (!type.startsWith("edge:")) expect([type, s.f1 >= MIN_TYPE_F1]).toEqual([type, true]);
  });
});
