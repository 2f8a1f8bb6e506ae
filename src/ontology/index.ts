// The ontology of docs/ontology.md as code: every stage (extractor, exporters, Neo4j loader,
// viewer legend) reads its type lists and colours from here, so they cannot drift apart.

export const NODE_TYPES = [
  "Region",
  "Province",
  "City",
  "District",
  "Town",
  "Zone",
  "Project",
  "Lab",
  "IndustryCluster",
  "Organization",
  "Infrastructure",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATION_TYPES = [
  "PART_OF",
  "MEMBER_OF",
  "LOCATED_IN",
  "HOSTED_BY",
  "COOPERATES_WITH",
  "CONNECTS",
  "LEADS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that are the same read in either direction. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(["COOPERATES_WITH"]);

/**
 * Which types each relation joins (docs/ontology.md, "Relations"): a relation read from a sentence
 * between other types is a misreading. (The register's own containment is the register's.)
 */
const ENDS: Record<RelationType, readonly [readonly NodeType[], readonly NodeType[]][]> = {
  PART_OF: [
    [["Town"], ["District"]],
    [["District"], ["City"]],
    [["City"], ["Province"]],
    [["Zone"], ["District", "City"]],
    [["IndustryCluster"], ["IndustryCluster"]],
  ],
  MEMBER_OF: [[["City"], ["Region"]]],
  LOCATED_IN: [[["Project", "Lab", "Organization", "Zone", "Infrastructure"], ["Zone", "District", "Town", "City"]]],
  HOSTED_BY: [[["Lab", "Project", "Organization"], ["Organization"]]],
  COOPERATES_WITH: [[["City", "Organization"], ["City", "Organization"]]],
  CONNECTS: [[["Infrastructure"], ["City", "District"]]],
  LEADS: [[["City", "Organization"], ["Region", "Organization", "Zone"]]],
};

/** The types a relation may start from and end at (LOCATED_IN: the locatable kinds and the places). */
export function relationEnds(type: RelationType): { from: ReadonlySet<NodeType>; to: ReadonlySet<NodeType> } {
  return { from: new Set(ENDS[type].flatMap(([a]) => a)), to: new Set(ENDS[type].flatMap(([, b]) => b)) };
}

/** Whether the ontology lets `type` run from a node of type `from` to one of type `to`. */
export function relationAllowed(type: RelationType, from: NodeType, to: NodeType): boolean {
  return ENDS[type].some(([a, b]) => (a.includes(from) && b.includes(to)) || (SYMMETRIC_RELATIONS.has(type) && a.includes(to) && b.includes(from)));
}

/** Administrative levels, in containment order. */
export const ADMIN_TYPES: readonly NodeType[] = ["Province", "City", "District", "Town"];

export function isNodeType(t: unknown): t is NodeType {
  return typeof t === "string" && (NODE_TYPES as readonly string[]).includes(t);
}
export function isRelationType(t: unknown): t is RelationType {
  return typeof t === "string" && (RELATION_TYPES as readonly string[]).includes(t);
}

/** Colour per node type, shared by the GEXF export and the viewer legend (colour-blind-safe-ish palette). */
export const NODE_COLORS: Record<NodeType, string> = {
  Region: "#8e44ad",
  Province: "#34495e",
  City: "#c0392b",
  District: "#e67e22",
  Town: "#d4ac0d",
  Zone: "#16a085",
  Project: "#2980b9",
  Lab: "#e84393",
  IndustryCluster: "#27ae60",
  Organization: "#7f8c8d",
  Infrastructure: "#6d4c41",
};

export const RELATION_COLORS: Record<RelationType, string> = {
  PART_OF: "#b0b0b0",
  MEMBER_OF: "#8e44ad",
  LOCATED_IN: "#16a085",
  HOSTED_BY: "#e84393",
  COOPERATES_WITH: "#f39c12",
  CONNECTS: "#6d4c41",
  LEADS: "#c0392b",
};

/** One place a fact was read from. Offsets are UTF-16 code-unit offsets into the document's decoded original text. */
/** One mention: document id, sentence index, start and end offsets in the document's text. */
export type MentionAt = [doc: string, sentence: number, start: number, end: number];

export interface Evidence {
  /** document id (content hash) */
  doc: string;
  /** sentence index within the document */
  sentence: number;
  /** start/end of the mention (node) or of the sentence span supporting the relation (edge) */
  start: number;
  end: number;
  /** the sentence as written in the document (original characters, not normalised) */
  text: string;
  /** offset of the sentence's first character in the document */
  sentenceStart: number;
}

/** Attributes every node of graph.json carries (see docs/ontology.md, "The graph file"). */
export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  /** administrative division code (12-digit national code, trailing zeros trimmed to its level: 32, 3203, 320311) */
  code?: string;
  /** added from the administrative register as a parent, never mentioned in the text */
  implied: boolean;
  /** number of mentions across the corpus */
  mentions: number;
  /** ids of documents mentioning it, sorted */
  docs: string[];
  /** a bounded sample of mentions, in document order */
  evidence: Evidence[];
  /**
   * every mention, as [document id, sentence index, start, end] (offsets in the document's text);
   * hkg build always writes it, older graph files may lack it (readers fall back to the evidence)
   */
  occurrences?: MentionAt[];
  /** earliest and latest date of the dated documents mentioning it (absent when none is dated) */
  firstSeen?: string;
  lastSeen?: string;
  /** the years of the dated documents mentioning it, ascending (absent when none is dated) */
  years?: number[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  type: RelationType;
  /** number of supporting sentences (register edges: 1) */
  weight: number;
  /** true for edges added from the administrative register or curated data rather than read from a sentence */
  register: boolean;
  evidence: Evidence[];
  /** ids of the documents stating it, sorted (absent on register edges; older graph files lack it) */
  docs?: string[];
  /** as on nodes: the dates and years of the documents stating it */
  firstSeen?: string;
  lastSeen?: string;
  years?: number[];
  color: string;
}

export interface DocumentInfo {
  id: string;
  file: string;
  title: string;
  date?: string;
  /** where the date comes from: "text", "metadata" (HTML), "sidecar" or "option" (--date) */
  dateFrom?: string;
  chars: number;
}

export interface GraphAttributes {
  name: string;
  generator: string;
  documents: DocumentInfo[];
}

/** How many evidence sentences a node or edge keeps; all mentions are still counted. */
export const EVIDENCE_SAMPLE = 5;
