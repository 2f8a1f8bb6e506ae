import { streamOf, type GraphRecords, type RecordStream } from "./records.ts";
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
  return [...cypherPieces(streamOf(records), options)].join("");
}

/** toCypher's text one statement at a time, for writing a large graph's script without holding it. */
export function* cypherPieces(records: RecordStream, options: CypherOptions = {}): Generator<string> {
  const size = options.batchSize ?? 200;
  yield ["// huaihai-kg graph: run with  cypher-shell -f graph.cypher  (idempotent; the same statements as hkg load)", ...SCHEMA_STATEMENTS.map((s) => s + ";"), ""].join("\n");
  // each loader statement opens with "UNWIND $rows AS row"; here the rows are written in its place
  // (the statement is put on one line before the rows go in: its text has no whitespace next to
  // $rows, and a literal has no raw line break, so this is the same text without a pass over the rows)
  function* emit(statement: string, rows: Iterable<unknown>): Generator<string> {
    const line = statement.trim().replace(/\s*\n\s*/g, " ");
    for (const batch of batches(rows, size)) yield "\n" + line.replace("$rows", () => literal(batch)) + ";";
  }
  yield* emit(statements.DOCUMENTS, records.documents);
  for (const type of NODE_TYPES) yield* emit(statements.entities(type), only(records.entities(), type));
  yield* emit(statements.MENTIONS, records.mentions());
  for (const type of RELATION_TYPES) yield* emit(statements.relations(type), only(records.relations(), type));
  yield "\n";
}

/** The rows of one type, without their type (the statement's label says it). */
function* only<T extends { type: string }>(rows: Iterable<T>, type: string): Generator<Omit<T, "type">> {
  // (the type is looked at before the row is copied: each type's pass skips the other types' rows)
  for (const row of rows) {
    if (row.type !== type) continue;
    const { type: _, ...rest } = row;
    yield rest;
  }
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
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

// what escapeString changes: a backslash, a quote, a control or line-separator character, a lone
// surrogate (with the u flag a surrogate pair is one character and does not match)
const SPECIAL = /[\\'\u0000-\u001f\u2028\u2029\ud800-\udfff]/u;

function escapeString(s: string): string {
  // most names and sentences have nothing to escape: no character-by-character copy of them
  if (!SPECIAL.test(s)) return s;
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
