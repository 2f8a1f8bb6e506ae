// Exports what the user sees: the filtered graph as GEXF (with the on-screen colours, sizes and
// positions) and the canvas as PNG.
import Graph from "graphology";
import { write } from "graphology-gexf/browser";
import type Sigma from "sigma";
import type { ViewerGraph } from "./types.ts";

export function visibleGexf(graph: ViewerGraph, renderer: Sigma): string {
  const out = new Graph({ type: "directed", multi: true });
  graph.forEachNode((key, a) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    out.addNode(key, {
      label: a.label,
      type: a.kind,
      aliases: a.aliases.join("|"),
      ...(a.code ? { code: a.code } : {}),
      mentions: a.mentions,
      implied: a.implied,
      x: a.x,
      y: a.y,
      size: d.size,
      color: d.color,
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    const d = renderer.getEdgeDisplayData(key);
    if (!d || d.hidden || !out.hasNode(source) || !out.hasNode(target)) return;
    out.addDirectedEdgeWithKey(key, source, target, { type: a.relation, weight: a.weight, color: a.color });
  });
  return write(out, { formatNode: (_k, a) => ({ label: a.label as string, attributes: { type: a.type, aliases: a.aliases, ...(a.code ? { code: a.code } : {}), mentions: a.mentions, implied: a.implied }, viz: { x: a.x as number, y: a.y as number, size: a.size as number, color: a.color as string } }), formatEdge: (_k, a) => ({ label: a.type as string, kind: a.type as string, attributes: { type: a.type }, weight: a.weight as number, viz: { color: a.color as string } }) });
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
