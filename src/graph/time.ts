import type { SourceDocument } from "../ingest/index.ts";
import type { Occurrence } from "../resolve/index.ts";

export interface TimeAttributes {
  firstSeen?: string;
  lastSeen?: string;
  years?: number[];
}

/**
 * When a node or edge was stated: the earliest and latest dates of the dated documents it
 * occurs in, and their years. Dates are ISO prefixes (2024, 2024-01, 2024-01-10), so string order
 * is time order. Nothing when no document it occurs in is dated: no time is made up.
 */
export function timeOf(occurrences: Occurrence[], docs: Map<string, SourceDocument>): TimeAttributes {
  const dates = new Set<string>();
  for (const o of occurrences) {
    const date = docs.get(o.doc)?.date;
    if (date) dates.add(date);
  }
  if (!dates.size) return {};
  const sorted = [...dates].sort();
  const years = [...new Set(sorted.map((d) => Number(d.slice(0, 4))))];
  return { firstSeen: sorted[0]!, lastSeen: sorted[sorted.length - 1]!, years };
}
