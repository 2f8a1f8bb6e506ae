import type { NodeType, RelationType } from "../ontology/index.ts";

/** One place in a document where an entity is named. */
export interface Mention {
  type: NodeType;
  /** the name as matched, in normalised (simplified, half-width) form */
  name: string;
  /** the canonical name when the matcher knows it (徐州 → 徐州市) */
  canonical?: string;
  /** administrative code, for divisions from the register */
  code?: string;
  /** offsets into the document text */
  start: number;
  end: number;
  sentence: number;
}

/** A relation read from one sentence, between two mentions of the same document (indices into `mentions`). */
export interface RelationMention {
  type: RelationType;
  head: number;
  tail: number;
  sentence: number;
}

export interface Extraction {
  doc: string;
  mentions: Mention[];
  relations: RelationMention[];
}
