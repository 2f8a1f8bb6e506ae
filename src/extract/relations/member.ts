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
    // "日照是山东半岛蓝色经济区的重要增长极", "菏泽是…打造的鲁苏豫皖四省交界地区科学发展高地", "支持商丘融入豫鲁毗邻地区"
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "City") continue;
      for (const B of list.slice(a + 1, a + 4)) {
        if (B.m.type !== "Region") continue;
        const between = text.slice(A.m.end, B.m.start);
        if (/[,。;:]/.test(between)) break;
        if ((/^是/.test(between) && between.length <= 16 && /^(的)?[^,。;]{0,8}?(增长极|高地|中心|城市|成员|节点|门户|腹地|核心)/.test(text.slice(B.m.end, B.m.end + 12))) || /^(将|要|需|进一步|加快|主动|全面|积极|深度|更好)*(融入|加入|纳入)$/.test(between)) rel("MEMBER_OF", A.i, B.i);
      }
    }
    // "鲁豫毗邻地区…的实施范围包括山东省聊城市、菏泽市…": the cities a region's extent lists are its members
    for (let a = 0; a < list.length; a++) {
      const R = list[a]!;
      if (R.m.type !== "Region") continue;
      const to = list.slice(a + 1).findIndex((x) => x.m.type === "Region");
      for (const C of list.slice(a + 1, to < 0 ? undefined : a + 1 + to)) {
        if (C.m.type !== "City" || C.m.via) continue;
        const between = text.slice(R.m.end, C.m.start);
        if (between.length <= 60 && !/[。;]/.test(between) && /(范围|成员|城市)(包括|为|有|涵盖)/.test(between)) rel("MEMBER_OF", C.i, R.i);
      }
    }
  }
  return out;
}
