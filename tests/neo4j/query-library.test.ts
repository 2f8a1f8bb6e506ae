import { describe, expect, it } from "vitest";
import { bindParams, displayWidth, format, listLibrary, parseQuery } from "../../src/neo4j/index.ts";
import { splitCypher } from "../../src/neo4j/index.ts";

describe("query library headers", () => {
  const q = parseQuery(
    [
      "// @title A title",
      "// @question What?",
      "// @param name = 徐州市",
      "// @param limit = 10",
      "// @param ratio = 0.5",
      "// @param all = false",
      '// @param cluster = "343"创新产业集群',
      '// @param spaced = "  padded "',
      "MATCH (n) RETURN n LIMIT $limit;",
    ].join("\n"),
    "/x/sample.cypher",
  );

  it("reads title, question, typed defaults and the statement", () => {
    expect(q.name).toBe("sample");
    expect(q.title).toBe("A title");
    expect(q.question).toBe("What?");
    expect(q.params).toEqual([
      { name: "name", type: "string", default: "徐州市" },
      { name: "limit", type: "integer", default: 10 },
      { name: "ratio", type: "float", default: 0.5 },
      { name: "all", type: "boolean", default: false },
      { name: "cluster", type: "string", default: '"343"创新产业集群' },
      { name: "spaced", type: "string", default: "  padded " },
    ]);
    expect(q.text).toBe("MATCH (n) RETURN n LIMIT $limit");
  });

  it("types --param values by the header and keeps = inside values", () => {
    expect(bindParams(q, ["limit=3", "name=a=b", "all=true"])).toMatchObject({ limit: 3, name: "a=b", all: true });
    expect(() => bindParams(q, ["limit=x"])).toThrow(/integer/);
    expect(() => bindParams(q, ["nope=1"])).toThrow(/no parameter "nope"/);
  });

  it("every library file has a title, a question and parses", async () => {
    const library = await listLibrary();
    expect(library.length).toBeGreaterThanOrEqual(12);
    for (const lq of library) {
      expect(lq.title, lq.name).not.toBe(lq.name);
      expect(lq.question, lq.name).not.toBe("");
      expect(splitCypher(lq.text), lq.name).toHaveLength(1);
      for (const p of lq.params) expect(lq.text, `${lq.name} uses $${p.name}`).toContain(`$${p.name}`);
    }
  });
});

describe("output formats", () => {
  const result = { columns: ["name", "list", "n"], rows: [{ name: '徐州,"市"', list: ["a", "b"], n: 3 }] };

  it("json is an array of row objects", () => {
    expect(JSON.parse(format(result, "json"))).toEqual(result.rows);
  });
  it("csv quotes commas and quotes, lists as JSON", () => {
    expect(format(result, "csv")).toBe('name,list,n\r\n"徐州,""市""","[""a"",""b""]",3\r\n');
  });
  it("table aligns wide characters", () => {
    expect(displayWidth("徐州a")).toBe(5);
    const lines = format(result, "table").split("\n");
    expect(displayWidth(lines[0]!.split("list")[0]!)).toBe(displayWidth(lines[2]!.split("a, b")[0]!));
  });
});

describe("splitCypher", () => {
  it("splits on semicolons outside strings and comments", () => {
    expect(splitCypher("RETURN ';' AS a; // c;\nRETURN \"x\\\";\" AS b;\n/* ; */ RETURN `;` AS c")).toEqual([
      "RETURN ';' AS a",
      'RETURN "x\\";" AS b',
      "RETURN `;` AS c",
    ]);
  });
});
