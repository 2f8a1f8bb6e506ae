// The viewer reads the same ontology module as the pipeline, so the legend cannot drift from it.
export { NODE_TYPES, RELATION_TYPES, NODE_COLORS, RELATION_COLORS, SYMMETRIC_RELATIONS } from "../../../src/ontology/index.ts";
export type { NodeType, RelationType, Evidence, DocumentInfo } from "../../../src/ontology/index.ts";
