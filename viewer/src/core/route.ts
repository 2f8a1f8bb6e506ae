// Shareable links: #/node/<canonical name>. Names, not keys, so a link survives a rebuild.
import type { ViewerGraph } from "./types.ts";

const PREFIX = "#/node/";

export function nodeHash(label: string): string {
  return PREFIX + encodeURIComponent(label);
}

export function parseHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const label = decodeURIComponent(hash.slice(PREFIX.length));
    return label || null;
  } catch {
    return null;
  }
}

/**
 * The node a link names: the canonical name first (the most mentioned when a name is shared,
 * like 鼓楼区), then a node key, then an alias.
 */
export function findNodeByName(graph: ViewerGraph, name: string): string | null {
  let best: string | null = null;
  let bestMentions = -1;
  graph.forEachNode((key, a) => {
    if (a.label === name && a.mentions > bestMentions) {
      best = key;
      bestMentions = a.mentions;
    }
  });
  if (best !== null) return best;
  if (graph.hasNode(name)) return name;
  return graph.findNode((_, a) => a.aliases.includes(name)) ?? null;
}
