import { describe, expect, it } from "vitest";
import { GraphFileError } from "../../src/graph-file/index.ts";
import { planCounts, planLoad } from "../../src/neo4j/index.ts";
import { entities, relations } from "../../src/neo4j/statements.ts";
import { NODE_TYPES, RELATION_TYPES } from "../../src/ontology/index.ts";
import { HOSTILE_NAMES, injectionGraph, smallGraph } from "../helpers/graphs.ts";

describe("planLoad", () => {
  it("counts what the graph file holds", () => {
    const g = smallGraph();
    const c = planCounts(planLoad(g));
    expect(c.entities).toBe(g.nodes.length);
    expect(c.relations).toBe(g.edges.length);
    expect(c.documents).toBe(1);
    expect(c.entitiesByType.City).toBe(2);
    expect(c.relationsByType.PART_OF).toBe(3);
  });

  it("passes hostile names through as values, untouched", () => {
    const plan = planLoad(injectionGraph());
    const names = [...plan.entities("Organization")].map((r) => r.name);
    expect(names).toEqual(HOSTILE_NAMES);
  });

  it("refuses node and relation types outside the ontology", () => {
    const g = smallGraph();
    g.nodes[0]!.attributes!.type = "Person" as never;
    expect(() => planLoad(g)).toThrow(GraphFileError);
    const h = smallGraph();
    h.edges[0]!.attributes!.type = "KNOWS]->() DETACH DELETE x//" as never;
    expect(() => planLoad(h)).toThrow(/not one of the ontology's/);
  });

  it("refuses what is not a graph", () => {
    expect(() => planLoad({} as never)).toThrow(GraphFileError);
  });
});

describe("planLoad rows", () => {
  it("gives the rows of every label and relationship type, as many as it counts, each time they are asked for", () => {
    const g = smallGraph();
    const plan = planLoad(g);
    const entityRows = NODE_TYPES.flatMap((t) => [...plan.entities(t)]);
    expect(entityRows.map((r) => r.id).sort()).toEqual(g.nodes.map((n) => n.key).sort());
    expect(RELATION_TYPES.flatMap((t) => [...plan.relations(t)])).toHaveLength(plan.counts.relations);
    expect([...plan.mentions()]).toHaveLength(plan.counts.mentions);
    // a generator per call: a second pass (a load run again in the same process) sees every row again
    expect([...plan.mentions()]).toHaveLength(plan.counts.mentions);
  });
});

describe("loader Cypher", () => {
  it("takes every value as a parameter: only ontology names appear in the text", () => {
    for (const t of NODE_TYPES) expect(entities(t)).toMatch(new RegExp(`ON CREATE SET n:HkgData:${t}\n`));
    for (const t of RELATION_TYPES) expect(relations(t)).toContain(`[r:${t}]`);
    expect(() => entities("City:X" as never)).toThrow();
    expect(() => relations("X" as never)).toThrow();
  });
  it("sets an entity's labels once, not on every load, and removes other type labels only from a node whose type changed", () => {
    const text = entities("City");
    expect(text.match(/REMOVE/g)).toHaveLength(1);
    expect(text).toMatch(/WITH n WHERE NOT n:HkgData OR NOT n:City\nSET n:HkgData:City\nREMOVE n:Region:Province:District/);
  });
});
