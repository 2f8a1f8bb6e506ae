import type { NodeType, RelationType } from "../ontology/index.ts";

/** Where an entity or relation was read: a document, a sentence, a span. */
export interface Occurrence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
}

export interface ResolvedEntity {
  key: string;
  type: NodeType;
  label: string;
  aliases: string[];
  code?: string;
  implied: boolean;
  occurrences: Occurrence[];
}

export interface ResolvedRelation {
  type: RelationType;
  source: string;
  target: string;
  register: boolean;
  occurrences: Occurrence[];
}

export interface ResolvedGraph {
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
}
