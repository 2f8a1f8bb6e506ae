import type { DocumentInfo } from "./ontology.ts";
import type { ViewState } from "./state.ts";
import type { ViewerEdge, ViewerGraph, ViewerNode } from "./types.ts";

/**
 * Whether a fact stated in `docs` is stated in the chosen years and documents. Something no
 * document states (a parent added from the register, a register edge) is structure, not a
 * statement: the time and document filters leave it alone.
 */
export function stated(s: ViewState, docs: readonly string[]): boolean {
  const active = s.activeDocs;
  if (!active || !docs.length) return true;
  for (const d of docs) if (active.has(d)) return true;
  return false;
}

/** The years the documents' dates span, or null when none is dated. */
export function yearSpan(documents: readonly DocumentInfo[]): [number, number] | null {
  const years = documents.flatMap((d) => (d.date ? [Number(d.date.slice(0, 4))] : [])).filter(Number.isFinite);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/**
 * The documents the year range and the picker both allow; null when neither narrows anything. A
 * year range narrower than the documents' span keeps dated documents of those years only.
 */
export function activeDocuments(documents: readonly DocumentInfo[], yearRange: ViewState["yearRange"], picked: ViewState["pickedDocs"]): ReadonlySet<string> | null {
  const span = yearSpan(documents);
  const narrowed = !!yearRange && !!span && (yearRange[0] > span[0] || yearRange[1] < span[1]);
  if (!narrowed && (!picked || documents.every((d) => picked.has(d.id)))) return null;
  const out = new Set<string>();
  for (const d of documents) {
    if (picked && !picked.has(d.id)) continue;
    if (narrowed) {
      const y = d.date ? Number(d.date.slice(0, 4)) : NaN;
      if (!(y >= yearRange![0] && y <= yearRange![1])) continue;
    }
    out.add(d.id);
  }
  return out;
}

/** Whether any filter hides anything: when none does, every node and edge is shown without a look at them. */
export function filtering(s: ViewState): boolean {
  return s.hiddenKinds.size > 0 || s.hiddenRelations.size > 0 || s.minMentions > 0 || s.hideImplied || s.activeDocs !== null;
}

// Constant-time checks: the reducers call these for every node on each refresh.
export function nodeShown(s: ViewState, n: ViewerNode): boolean {
  if (!filtering(s)) return true;
  if (s.hiddenKinds.has(n.kind)) return false;
  if (s.hideImplied && n.implied) return false;
  // Implied nodes have no mentions by definition; the implied toggle alone decides them.
  if (!n.implied && n.mentions < s.minMentions) return false;
  return stated(s, n.docs);
}

export function edgeShown(s: ViewState, graph: ViewerGraph, edge: string, e: ViewerEdge): boolean {
  if (!filtering(s)) return true;
  if (s.hiddenRelations.has(e.relation)) return false;
  if (!stated(s, e.docs)) return false;
  return nodeShown(s, graph.getSourceAttributes(edge)) && nodeShown(s, graph.getTargetAttributes(edge));
}
