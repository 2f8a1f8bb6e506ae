import { collector, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

/** MEMBER_OF stated in the text: "徐州苏皖鲁豫省际交界地区区域中心城市" (the ten Huaihai cities are added from curated data in resolve). */
export function memberOf({ text, mentions, sentences }: RuleInput): RelationMention[] {
  const { out, rel } = collector(mentions);
  for (const list of sentences) {
    for (let a = 0; a + 1 < list.length; a++) {
      const A = list[a]!;
      const B = list[a + 1]!;
      if (A.m.type === "City" && B.m.type === "Region" && text.slice(A.m.end, B.m.start) === "" && /^(的)?(区域性?)?中心城市/.test(text.slice(B.m.end, B.m.end + 8))) rel("MEMBER_OF", A.i, B.i);
    }
  }
  return out;
}
