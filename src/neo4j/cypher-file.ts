import type { GraphRecords } from "./records.ts";
import * as statements from "./statements.ts";
import { SCHEMA_STATEMENTS } from "./statements.ts";
import { NODE_TYPES, RELATION_TYPES } from "../ontology/index.ts";

export interface CypherOptions {
  /** rows per UNWIND statement (default 200) */
  batchSize?: number;
}

/**
 * A cypher-shell script that builds the same database as `hkg load`, from the same statements:
 * constraints first, then documents, entities, mentions and relations, each as batched
 * UNWIND … MERGE. Running it twice changes nothing. Every value is a literal escaped by
 * `literal`, so no name can break out of its string.
 */
export function toCypher(records: GraphRecords, options: CypherOptions = {}): string {
  const size = options.batchSize ?? 200;
  const out: string[] = [
    "// huaihai-kg graph: run with  cypher-shell -f graph.cypher  (idempotent; the same statements as hkg load)",
    ...SCHEMA_STATEMENTS.map((s) => s + ";"),
    "",
  ];
  // each loader statement opens with "UNWIND $rows AS row"; here the rows are written in its place
  const emit = (statement: string, rows: unknown[]) => {
    for (const batch of batches(rows, size)) out.push(statement.trim().replace("$rows", () => literal(batch)).replace(/\s*\n\s*/g, " ") + ";");
  };
  emit(statements.DOCUMENTS, records.documents);
  for (const type of NODE_TYPES) emit(statements.entities(type), records.entities.filter((e) => e.type === type).map(({ type: _t, ...r }) => r));
  emit(statements.MENTIONS, records.mentions);
  for (const type of RELATION_TYPES) emit(statements.relations(type), records.relations.filter((r) => r.type === type).map(({ type: _t, ...r }) => r));
  return out.join("\n") + "\n";
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A Cypher literal for a JSON-like value: strings single-quoted with every special character escaped. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return `'${escapeString(value)}'`;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `\`${k.replace(/`/g, "``")}\`: ${literal(v)}`)
      .join(", ")}}`;
  }
  throw new TypeError(`cannot write ${typeof value} as Cypher`);
}

function escapeString(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // a lone surrogate (for..of yields it alone) is escaped: written raw, UTF-8 would turn it into U+FFFD
    else if (c < 0x20 || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}
