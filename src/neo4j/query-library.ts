// The analyst query library: neo4j/cypher/queries/*.cypher, each headed by comment lines
//   // @title …   // @question …   // @param name = default
// A parameter's type comes from its default: integer, float, boolean or string.
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const LIBRARY_DIR = fileURLToPath(new URL("../../neo4j/cypher/queries/", import.meta.url));

export type ParamType = "integer" | "float" | "boolean" | "string";

export interface QueryParam {
  name: string;
  type: ParamType;
  default: string | number | boolean;
}

export interface LibraryQuery {
  name: string;
  file: string;
  title: string;
  question: string;
  params: QueryParam[];
  /** the statement without its header */
  text: string;
}

export class QueryLibraryError extends Error {
  override name = "QueryLibraryError";
}

export function typeOf(raw: string): ParamType {
  if (/^-?\d+$/.test(raw)) return "integer";
  if (/^-?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return "float";
  if (raw === "true" || raw === "false") return "boolean";
  return "string";
}

/** Reads a value given on the command line (or in a header) as the parameter's type. */
export function parseValue(raw: string, type: ParamType, name: string): string | number | boolean {
  switch (type) {
    case "integer":
      if (!/^-?\d+$/.test(raw)) throw new QueryLibraryError(`parameter ${name} takes an integer, not "${raw}"`);
      return Number(raw);
    case "float": {
      const n = Number(raw);
      if (raw.trim() === "" || Number.isNaN(n)) throw new QueryLibraryError(`parameter ${name} takes a number, not "${raw}"`);
      return n;
    }
    case "boolean":
      if (raw !== "true" && raw !== "false") throw new QueryLibraryError(`parameter ${name} takes true or false, not "${raw}"`);
      return raw === "true";
    case "string":
      return unquote(raw);
  }
}

/** A default written as a JSON string ("…") may carry spaces or a leading = ; anything else is taken as written. */
function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    try {
      const v: unknown = JSON.parse(raw);
      if (typeof v === "string") return v;
    } catch {
      // not JSON after all, e.g. "343"创新产业集群 — keep as written
    }
  }
  return raw;
}

/**
 * What a query from the library or from a file may not do, though Neo4j would run it in a read
 * transaction: read files or URLs (LOAD CSV, apoc.load), or administer the server (users, roles,
 * databases, privileges, other users' transactions, dbms procedures).
 */
const REFUSED: [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, "LOAD CSV (reads files and URLs)"],
  [/\bCALL\s+apoc\.(load|import|export|cypher|periodic|systemdb)\b/i, "APOC file, URL and dynamic-Cypher procedures"],
  [/\bCALL\s+dbms\./i, "dbms procedures (server administration)"],
  [/\b(TERMINATE|SHOW)\s+(\w+\s+)?TRANSACTIONS?\b/i, "transaction administration"],
  [/\b(GRANT|DENY|REVOKE)\s+\w/i, "privilege administration"],
  [/\b(CREATE|DROP|ALTER|RENAME|START|STOP|SHOW)\s+(OR\s+REPLACE\s+)?(\w+\s+)?(USERS?|ROLES?|DATABASES?|ALIAS(ES)?|SERVERS?|PRIVILEGES?|SETTINGS?)\b/i, "user, role, database and server administration"],
  [/\bUSE\s+`?system\b/i, "the system database"],
];

/** The query text with comments, string literals and quoted names blanked, so only Cypher keywords are left to check. */
function codeOnly(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) => (m.startsWith("`") ? "`x`" : " '' "));
}

/** Why a query may not run through hkg query, or undefined when it may. */
export function refusedBecause(text: string): string | undefined {
  const code = codeOnly(text);
  // a property or parameter named like a keyword (n.grant, $show) is not one
  // (procedure names keep their dots: CALL dbms.x)
  const keywords = code.replace(/(?<!CALL\s+\w*)[.$]\s*\w+/gi, " ");
  for (const [re, what] of REFUSED) if (re.test(keywords)) return what;
  return undefined;
}

export function parseQuery(text: string, file: string): LibraryQuery {
  const lines = text.split(/\r?\n/);
  let title = "";
  let question = "";
  const params: QueryParam[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (!line.startsWith("//")) break;
    const m = /^\/\/\s*@(\w+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, tag, rest] = m as unknown as [string, string, string];
    if (tag === "title") title = rest.trim();
    else if (tag === "question") question = rest.trim();
    else if (tag === "param") {
      const p = /^([A-Za-z_]\w*)\s*=\s*(.*)$/.exec(rest.trim());
      if (!p) throw new QueryLibraryError(`${file}: cannot read "${line}"; expected // @param name = default`);
      const raw = p[2]!.trim();
      const type = typeOf(raw);
      params.push({ name: p[1]!, type, default: parseValue(raw, type, p[1]!) });
    }
  }
  const name = basename(file, extname(file));
  const statement = lines.slice(i).join("\n");
  const refused = refusedBecause(statement);
  if (refused) throw new QueryLibraryError(`${file}: hkg query runs read-only graph queries; this one uses ${refused}, which is refused`);
  return { name, file, title: title || name, question, params, text: lines.slice(i).join("\n").trim().replace(/;\s*$/, "") };
}

export async function listLibrary(dir = LIBRARY_DIR): Promise<LibraryQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  return Promise.all(files.map(async (f) => parseQuery(await readFile(join(dir, f), "utf8"), join(dir, f))));
}

/** A library name (file stem) or a path to any .cypher file. */
export async function resolveQuery(nameOrFile: string, dir = LIBRARY_DIR): Promise<LibraryQuery> {
  const library = await listLibrary(dir);
  const hit = library.find((q) => q.name === nameOrFile);
  if (hit) return hit;
  if (nameOrFile.endsWith(".cypher") || nameOrFile.includes("/")) {
    let text: string;
    try {
      text = await readFile(nameOrFile, "utf8");
    } catch (err) {
      throw new QueryLibraryError(`cannot read query file ${nameOrFile}: ${(err as Error).message}`);
    }
    return parseQuery(text, nameOrFile);
  }
  throw new QueryLibraryError(`unknown query "${nameOrFile}"; the library has: ${library.map((q) => q.name).join(", ")}`);
}

/**
 * Parameters for a run: header defaults, overridden by key=value strings typed by the header.
 * A key the header does not declare is refused (a typo would silently run the default),
 * except in a headerless file, where the value's own shape gives its type.
 */
export function bindParams(query: LibraryQuery, given: string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = Object.fromEntries(query.params.map((p) => [p.name, p.default]));
  for (const kv of given) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new QueryLibraryError(`--param takes key=value, not "${kv}"`);
    const key = kv.slice(0, eq);
    const raw = kv.slice(eq + 1);
    const declared = query.params.find((p) => p.name === key);
    if (!declared && query.params.length > 0) {
      throw new QueryLibraryError(`query ${query.name} has no parameter "${key}"; its parameters: ${query.params.map((p) => p.name).join(", ")}`);
    }
    out[key] = parseValue(raw, declared?.type ?? typeOf(raw), key);
  }
  return out;
}
