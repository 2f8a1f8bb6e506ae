// Neo4j values → plain JSON-able JS: the driver's 64-bit Integer, nodes, relationships, paths
// and temporal values are not what a table, a CSV file or JSON.stringify can print.
import neo4j from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    // Beyond 2^53 a JS number would silently round; a string keeps every digit.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as object) || neo4j.isRelationship(value as object)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  if (neo4j.isPath(value as object)) {
    const path = value as { start: unknown; segments: { relationship: { type: string }; end: unknown }[] };
    return {
      nodes: [path.start, ...path.segments.map((s) => s.end)].map(toPlain),
      relationships: path.segments.map((s) => s.relationship.type),
    };
  }
  if (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isDuration(value as object) ||
    neo4j.isPoint(value as object)
  ) {
    return String(value);
  }
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return String(value);
}
