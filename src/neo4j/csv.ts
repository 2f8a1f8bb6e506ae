import { stringify } from "csv-stringify/sync";
import { streamOf, type GraphRecords, type RecordStream } from "./records.ts";
import { MARKER_LABEL } from "./statements.ts";

/**
 * Arrays in one CSV field are joined with U+001F (unit separator), a character no document text
 * holds, where the tool's default ";" would split a name or sentence that contains one. Pass it as
 * `--array-delimiter=\u001F` (the exact command is in NEO4J_IMPORT_ARGS and docs/neo4j.md).
 */
export const ARRAY_DELIMITER = "\u001f";

export const CSV_FILES = {
  documents: "neo4j-documents.csv",
  entities: "neo4j-entities.csv",
  relations: "neo4j-relations.csv",
  mentions: "neo4j-mentions.csv",
} as const;

/** The options neo4j-admin needs for these files (after `neo4j-admin database import full DATABASE`), paths relative to their folder. */
export const NEO4J_IMPORT_ARGS = [
  "--array-delimiter=\\u001F",
  "--multiline-fields=true",
  `--nodes=${CSV_FILES.documents}`,
  `--nodes=${CSV_FILES.entities}`,
  `--relationships=${CSV_FILES.relations}`,
  `--relationships=${CSV_FILES.mentions}`,
];

/**
 * Nodes and relationships files for `neo4j-admin database import full`, the way to load a graph
 * of millions of elements into an empty database. Typed headers; the same labels, relationship
 * types and properties as `hkg load` (from the same toRecords rows), including the :HkgData
 * marker, so `hkg load --wipe` can remove an imported graph too. One difference the tool imposes:
 * an empty list (no aliases) is no property at all, where `hkg load` stores [].
 */
export function toNeo4jCsv(records: GraphRecords): Record<string, string> {
  return Object.fromEntries(Object.entries(neo4jCsvPieces(streamOf(records))).map(([name, pieces]) => [name, [...pieces].join("")]));
}

/** toNeo4jCsv's files, each as pieces of two hundred rows, for writing a large graph without holding its text. */
export function neo4jCsvPieces(records: RecordStream): Record<string, Iterable<string>> {
  // an unquoted empty field is "no property"; a quoted "" would be an empty string
  const list = (items: string[]) => (items.length ? items.join(ARRAY_DELIMITER) : null);
  const labels = (...names: string[]) => names.join(";");
  const years = (ys: number[] | null) => (ys?.length ? ys.join(ARRAY_DELIMITER) : null);
  return {
    [CSV_FILES.documents]: csv(
      ["id:ID(Document)", "file", "title", "date", "year:long", "dateFrom", ":LABEL"],
      map(records.documents, (d) => [d.id, d.file, d.title, d.date, d.year, d.dateFrom, labels("Document", MARKER_LABEL)]),
    ),
    [CSV_FILES.entities]: csv(
      ["id:ID(Entity)", "name", "aliases:string[]", "code", "mentions:long", "implied:boolean", "firstSeen", "lastSeen", "years:long[]", ":LABEL"],
      map(records.entities(), (e) => [e.id, e.name, list(e.aliases), e.code, e.mentions, e.implied, e.firstSeen, e.lastSeen, years(e.years), labels("Entity", MARKER_LABEL, e.type)]),
    ),
    [CSV_FILES.relations]: csv(
      [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "weight:long", "register:boolean", "sentences:string[]", "docs:string[]", "statedIn:string[]", "firstSeen", "lastSeen", "years:long[]"],
      map(records.relations(), (r) => [r.source, r.target, r.type, r.weight, r.register, list(r.sentences), list(r.docs), list(r.statedIn ?? []), r.firstSeen, r.lastSeen, years(r.years)]),
    ),
    [CSV_FILES.mentions]: csv(
      [":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "sentence:long", "start:long", "end:long", "text", "date"],
      map(records.mentions(), (m) => [m.entity, m.doc, "MENTIONED_IN", m.sentence, m.start, m.end, m.text, m.date]),
    ),
  };
}

function* map<T>(items: Iterable<T>, row: (item: T) => unknown[]): Generator<unknown[]> {
  for (const item of items) yield row(item);
}

/** The header, then the rows two hundred at a time (small strings): each record is written on its own, so the pieces join into one file's text. */
function* csv(header: string[], rows: Iterable<unknown[]>): Generator<string> {
  const write = (batch: unknown[][]) => stringify(batch, { quoted_string: true, record_delimiter: "unix", cast: { boolean: (b) => String(b) } });
  let batch: unknown[][] = [header];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === 200) yield write(batch.splice(0));
  }
  if (batch.length) yield write(batch);
}
