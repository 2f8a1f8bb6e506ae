import type { NodeType } from "../ontology/index.ts";

/**
 * Stable node keys: the same entity gets the same key in every build and every corpus.
 * Administrative divisions carry their code, since one name can denote several places (鼓楼区).
 */
export function entityKey(type: NodeType, label: string, code?: string): string {
  return code ? `${type}:${label}#${code}` : `${type}:${label}`;
}
