import { collector, HOSTABLE, PARTNER, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

/** LEADS: X牵头成立Y, 在X牵头下…Y, X引领带动Y. */
export function leads({ text, mentions, sentences }: RuleInput): RelationMention[] {
  const { out, rel } = collector(mentions);
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (!PARTNER.has(A.m.type)) continue;
      const after = text.slice(A.m.end, A.m.end + 6);
      const next = list[a + 1];
      if (/^牵头(成立|组建|发起)/.test(after) && next && HOSTABLE.has(next.m.type)) rel("LEADS", A.i, next.i);
      if (/^(牵头|领衔|主导)/.test(after) && !/^牵头(成立|组建|发起)/.test(after)) {
        const B = list.slice(a + 1).find((x) => x.m.type === "Region" || x.m.type === "Zone" || x.m.type === "Organization");
        // (a partner it leads with is no thing it leads: "A牵头,联合B共建…")
        if (B && !/(联合|携手|与|和|会同)$/.test(text.slice(Math.max(A.m.end, B.m.start - 2), B.m.start))) rel("LEADS", A.i, B.i);
      }
      if (/^(引领带动|带动|引领)/.test(after) && next && (next.m.type === "Region" || next.m.type === "Zone")) rel("LEADS", A.i, next.i);
    }
  }
  return out;
}
