import { describe, expect, it } from "vitest";
import { literal, toCypher, toRecords } from "../../src/neo4j/index.ts";
import { sampleGraph } from "../helpers/sample-graph.ts";

describe("Cypher script export", () => {
  it("escapes every character that could end a string literal", () => {
    expect(literal("a'b")).toBe("'a\\'b'");
    expect(literal("a\\'})")).toBe("'a\\\\\\'})'");
    expect(literal("x\ny")).toBe("'x\\ny'");
    expect(literal("\u0000")).toBe("'\\u0000'");
    expect(literal({ "we`ird": ["a", 1, true, null] })).toBe("{`we``ird`: ['a', 1, true, null]}");
  });

  it("puts the constraints first and merges, never creates, so a second run changes nothing", () => {
    const script = toCypher(toRecords(sampleGraph()));
    const statements = script.split("\n").filter((l) => l && !l.startsWith("//"));
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT .* IF NOT EXISTS/);
    expect(statements.slice(3).every((s) => /^UNWIND .* MERGE /.test(s))).toBe(true);
    expect(statements.every((s) => s.endsWith(";"))).toBe(true);
    expect(script).not.toMatch(/\bCREATE \(/);
  });

  it("keeps a hostile name inside its string literal", () => {
    const script = toCypher(toRecords(sampleGraph()));
    const line = script.split("\n").find((l) => l.includes("反斜杠") && l.includes(":Project"))!;
    expect(line).toContain("'\\'引号\\'\\\\反斜杠\\\\ })'");
    // outside string literals, the statement holds only the script's own Cypher
    const code = line.replace(/'(?:[^'\\]|\\.)*'/g, "''");
    expect(code).not.toMatch(/DETACH|DELETE/);
  });

  it("batches rows", () => {
    const script = toCypher(toRecords(sampleGraph()), { batchSize: 1 });
    expect(script.split("\n").filter((l) => l.includes("MERGE (n:Entity")).length).toBe(5);
  });
});
