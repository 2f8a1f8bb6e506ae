import type Graph from "graphology";
import type { DocumentInfo } from "./ontology.ts";

/** Evidence as shown: graph.json has offsets; a GEXF file may only carry the sentence text. */
export interface ShownEvidence {
  doc?: string;
  text: string;
  start?: number;
  end?: number;
  sentenceStart?: number;
}

/**
 * Node attributes inside the viewer. The entity type lives in `kind`, not `type`, because sigma
 * reads `type` as the name of the WebGL program that draws the node.
 */
export interface ViewerNode {
  kind: string;
  label: string;
  aliases: string[];
  code?: string;
  implied: boolean;
  mentions: number;
  docs: string[];
  /** mentions per document id (from graph.json's occurrences; empty when the file has none) */
  perDoc: Record<string, number>;
  evidence: ShownEvidence[];
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Edge attributes inside the viewer; the relation lives in `relation` for the same reason. */
export interface ViewerEdge {
  relation: string;
  weight: number;
  register: boolean;
  /** documents stating it (graph.json's docs, else those of its evidence); empty for register edges */
  docs: string[];
  evidence: ShownEvidence[];
  color: string;
}

export interface ViewerGraphAttributes {
  name: string;
  documents: DocumentInfo[];
}

export type ViewerGraph = Graph<ViewerNode, ViewerEdge, ViewerGraphAttributes>;
