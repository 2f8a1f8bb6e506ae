import type { SourceDocument } from "../ingest/index.ts";
import type { NodeType } from "../ontology/index.ts";
import type { Mention, RelationMention } from "./types.ts";

const PLACES: ReadonlySet<NodeType> = new Set(["Zone", "District", "Town", "City"]);
const LOCATABLE: ReadonlySet<NodeType> = new Set(["Project", "Lab", "Organization", "Zone", "Infrastructure"]);
const HOSTABLE: ReadonlySet<NodeType> = new Set(["Lab", "Project", "Organization"]);

/** Relations stated inside one sentence by a trigger word between or before two mentions. */
export function findRelations(doc: SourceDocument, mentions: Mention[]): RelationMention[] {
  const out: RelationMention[] = [];
  const text = doc.norm;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    for (let j = i + 1; j < mentions.length && mentions[j]!.sentence === a.sentence; j++) {
      const b = mentions[j]!;
      const between = text.slice(a.end, b.start);
      if (between.length > 12) break;
      // "X位于/落户Y": X is in Y
      if (LOCATABLE.has(a.type) && PLACES.has(b.type) && /^(位于|落户|落地|坐落于|建在|在)$/.test(between)) {
        out.push({ type: "LOCATED_IN", head: i, tail: j, sentence: a.sentence });
      }
      // "X依托Y": X is built on Y
      if (HOSTABLE.has(a.type) && b.type === "Organization" && /^(依托|由)$/.test(between)) {
        out.push({ type: "HOSTED_BY", head: i, tail: j, sentence: a.sentence });
      }
      // "依托Y…建设(的)X"
      if (a.type === "Organization" && HOSTABLE.has(b.type) && text.slice(Math.max(0, a.start - 2), a.start) === "依托") {
        out.push({ type: "HOSTED_BY", head: j, tail: i, sentence: a.sentence });
      }
      // "Y的X" where Y is a place and X locatable: the place's project
      if (PLACES.has(a.type) && LOCATABLE.has(b.type) && a.type !== b.type && between === "") {
        out.push({ type: "LOCATED_IN", head: j, tail: i, sentence: a.sentence });
      }
    }
  }
  return out;
}
