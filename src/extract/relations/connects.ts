import { collector, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

/** CONNECTS stated in a sentence: "中欧班列通过满洲里、二连浩特等口岸", "徐民高速菏泽段". (Line names are decoded in lines.ts.) */
export function connects({ text, mentions, sentences }: RuleInput): RelationMention[] {
  const { out, rel } = collector(mentions);
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "Infrastructure") continue;
      const B = list[a + 1];
      if (B && (B.m.type === "City" || B.m.type === "District") && B.m.start === A.m.end && text[B.m.end] === "段") rel("CONNECTS", A.i, B.i);
      const via = /^(通过|经由|途经|经过|直达|连接|联通)/.exec(text.slice(A.m.end, A.m.end + 4));
      if (via) {
        let at = A.m.end + via[0].length;
        for (const x of list.slice(a + 1)) {
          if (x.m.start !== at || (x.m.type !== "City" && x.m.type !== "District")) break;
          rel("CONNECTS", A.i, x.i);
          at = x.m.end;
          if (text[at] !== "、" && text[at] !== "和") break;
          at++;
        }
      }
    }
  }
  // a route through a place: "郑徐高铁…驶入商丘", "京杭大运河在济宁穿城而过", "…在宿迁市内的航道"
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "Infrastructure" || POINT.test(A.m.name)) continue;
      const B = list.slice(a + 1).find((x) => x.m.type === "City" || x.m.type === "District");
      if (!B || list.slice(a + 1).indexOf(B) > 1) continue;
      const between = text.slice(A.m.end, B.m.start);
      if (between.length > 16 || /[,。;:]/.test(between)) continue;
      if (THROUGH.test(between) && /^(在|驶入|进入|穿|经|途经|贯穿|连接|直达|抵达|通达|延伸至|至)/.test(between.replace(/^[^在驶进穿经途贯连直抵通延至]*/, ""))) rel("CONNECTS", A.i, B.i);
    }
  }
  return out;
}

const POINT = /(机场|码头|作业区|港|港区|站)$/;
const THROUGH = /(在|驶入|进入|穿|途经|经过|贯穿|连接|直达|抵达|通达|延伸至)/;
