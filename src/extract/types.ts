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
  /** how the mention was found: a place read from a line name (徐连高铁 → 连云港市) rather than named in the text */
  via?: "line";
  /** a zone named only by its kind (高新区), read as the document's city's */
  bare?: boolean;
  /** for names in an enumeration, the verb that introduces it (对接, 培育) */
  leadVerb?: string;
}

/** A relation read from one sentence, between two mentions of the same document (indices into `mentions`). */
export interface RelationMention {
  type: RelationType;
  head: number;
  tail: number;
  sentence: number;
}

/** The division a document is about (a city's or a district's work report), by register name. */
export interface DocumentHome {
  city?: { name: string; code: string };
  district?: { name: string; code: string };
  /** a zone's own page (宿州经开区“十四五”成就巡礼): the zone its heading names */
  zone?: string;
  /** a town's own page (百善镇举行项目集中开工): the town it keeps naming */
  town?: { name: string; code: string };
}

export interface Extraction {
  doc: string;
  mentions: Mention[];
  relations: RelationMention[];
  home?: DocumentHome;
}
