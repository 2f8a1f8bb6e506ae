import type { SourceDocument } from "../../ingest/index.ts";
import type { Mention, RelationMention } from "../types.ts";
import { connects } from "./connects.ts";
import { cooperatesWith } from "./cooperates.ts";
import { homeDefaults } from "./home.ts";
import { hostedBy } from "./hosted.ts";
import { leads } from "./leads.ts";
import { locatedIn } from "./located.ts";
import { memberOf } from "./member.ts";
import { POINT, ruleInput, type RelationContext } from "./shared.ts";

export type { RelationContext } from "./shared.ts";

/**
 * Relations of one document, one rule family a file: what sentences state (located, hosted,
 * cooperates, connects, leads, member), then what the document's home implies where nothing closer
 * was said. Later families see the earlier findings only to avoid a second, vaguer place.
 */
export function findRelations(doc: SourceDocument, mentions: Mention[], rc: RelationContext): RelationMention[] {
  const input = ruleInput(doc, mentions, rc);
  const stated = [...hostedBy(input), ...leads(input), ...memberOf(input), ...cooperatesWith(input), ...connects(input)];
  const located = locatedIn(input, stated);
  // a line (road, railway, canal) is not in a place but serves it: only points (ports, stations, airports) are located
  const isLine = (i: number) => mentions[i]!.type === "Infrastructure" && !POINT.test(mentions[i]!.canonical ?? mentions[i]!.name);
  return [...stated, ...located, ...homeDefaults(input, [...stated, ...located])].filter((r) => r.type !== "LOCATED_IN" || !isLine(r.head));
}
