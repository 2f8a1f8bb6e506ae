// Rows → text: an aligned table for people, CSV for spreadsheets, JSON for programs.
import type { Plain } from "./values.ts";
import { printableLine } from "../util/printable.ts";
import type { QueryResultRows } from "./query.ts";

export type Format = "table" | "json" | "csv";
export const FORMATS: readonly Format[] = ["table", "json", "csv"];

export function format(result: QueryResultRows, as: Format): string {
  if (as === "json") return JSON.stringify(result.rows, null, 2) + "\n";
  if (as === "csv") return toCsv(result);
  return toTable(result);
}

function cellText(v: Plain): string {
  if (v === null) return "";
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object")) return v.map((x) => String(x ?? "")).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function toCsv({ columns, rows }: QueryResultRows): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // Lists and maps as JSON, so a reader can get them back exactly.
  const cell = (v: Plain) => quote(v !== null && typeof v === "object" ? JSON.stringify(v) : v === null ? "" : String(v));
  return [columns.map(quote).join(","), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(","))].join("\r\n") + "\r\n";
}

/** Terminal columns a string takes: CJK and other wide characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 32 || (cp >= 0x300 && cp <= 0x36f)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const MAX_CELL = 60;

function clip(s: string): string {
  // a table is for a terminal: no control character from the data reaches it raw
  const flat = printableLine(s.replace(/\s*\n\s*/g, " "));
  if (displayWidth(flat) <= MAX_CELL) return flat;
  let out = "";
  for (const ch of flat) {
    if (displayWidth(out + ch) > MAX_CELL - 1) break;
    out += ch;
  }
  return out + "…";
}

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

function toTable({ columns, rows }: QueryResultRows): string {
  if (rows.length === 0) return "(no rows)\n";
  const cells = rows.map((r) => columns.map((c) => clip(cellText(r[c] ?? null))));
  columns = columns.map(printableLine);
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]!))));
  const line = (vals: string[]) => vals.map((v, i) => pad(v, widths[i]!)).join("  ").trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? "" : "s"})`].join("\n") + "\n";
}
