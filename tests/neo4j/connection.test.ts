import { describe, expect, it } from "vitest";
import { configFromEnv, localBoltPort } from "../../src/neo4j/index.ts";

describe("where Neo4j is: one rule for hkg, the tests and npm run neo4j:start", () => {
  it("NEO4J_URI wins; else the local server on NEO4J_PORT; else 7687", () => {
    expect(configFromEnv({}).uri).toBe("bolt://127.0.0.1:7687");
    expect(configFromEnv({ NEO4J_PORT: "7689" }).uri).toBe("bolt://127.0.0.1:7689");
    expect(configFromEnv({ NEO4J_PORT: "7689", NEO4J_URI: "neo4j://db.example:7000" }).uri).toBe("neo4j://db.example:7000");
  });

  it("reads NEO4J_USERNAME (cypher-shell's name) as well as NEO4J_USER", () => {
    expect(configFromEnv({ NEO4J_USERNAME: "analyst" }).user).toBe("analyst");
    expect(configFromEnv({ NEO4J_USER: "analyst" }).user).toBe("analyst");
    expect(configFromEnv({}).user).toBe("neo4j");
  });

  it("the start script listens where the URI points, and refuses a URI no local server can serve", () => {
    expect(localBoltPort(configFromEnv({ NEO4J_PORT: "7689" }))).toBe(7689);
    expect(localBoltPort(configFromEnv({ NEO4J_URI: "bolt://localhost:7690" }))).toBe(7690);
    expect(localBoltPort(configFromEnv({ NEO4J_URI: "bolt://127.0.0.1" }))).toBe(7687);
    expect(() => localBoltPort(configFromEnv({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }))).toThrow(/NEO4J_URI is neo4j\+s:/);
    expect(() => localBoltPort(configFromEnv({ NEO4J_URI: "not a uri" }))).toThrow(/not a URI/);
  });
});
