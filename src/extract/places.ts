import type { AdminUnit } from "../knowledge/index.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import type { Trie } from "./trie.ts";

const ZONE_KIND = /^(经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|工业园区)/;

/** The administrative unit a name starts with (徐州中欧班列 → 徐州市). */
export function startsWithPlace(name: string, gazetteer: Trie<GazetteerEntry>, context: Map<string, number>, unambiguous = false): AdminUnit | undefined {
  const rest = name.replace(/^(江苏|山东|安徽|河南)省?/, "");
  let hit = gazetteer.longestAt(rest, 0);
  // a registered zone's own name (宿迁经济技术开发区) is no division: the division is the place it starts with
  if (hit && !hit.value.units) {
    hit = undefined;
    for (let n = Math.min(6, rest.length - 1); n >= 2 && !hit; n--) {
      const e = gazetteer.get(rest.slice(0, n));
      if (e?.units) hit = { value: e, end: n };
    }
  }
  // a station named by a county whose short form the dictionary reads as a common word (民权北站: 民权县),
  // and so a development zone (民权高新区: a county's zone kind after it can only be the county's)
  if (!hit) {
    for (let n = 3; n >= 2; n--) {
      if (!unambiguous && !ZONE_KIND.test(rest.slice(n))) continue;
      for (const x of ["县", "市", "区"]) {
        const e = gazetteer.get(rest.slice(0, n) + x);
        if (e?.units?.length === 1 && !e.short) return e.units[0];
      }
    }
  }
  if (!hit?.value.units || hit.value.type === "Province") return undefined;
  // a station is named by its place and a direction at most (徐州东站, 丰县火车站): 青龙山站 is named by a hill
  if (unambiguous && /(?<!收费)站$/.test(rest) && !/^(东|西|南|北|高铁)?(站|车站|火车站)$/.test(rest.slice(hit.end))) return undefined;
  const u = chooseUnit(hit.value.units, context);
  // a county's short form needs its city in the document (珠山数字产业园 is not in 景德镇's 珠山区)
  // (unless the name can only be a place's: a station is named by its place and a direction, 兰考南站)
  // (nor where a development zone is named after it: 沭阳经开区 can only be 沭阳县's)
  const zoneAfter = ZONE_KIND.test(rest.slice(hit.end));
  if (u && hit.value.short && u.type === "District" && hit.end < 3 && !context.get(u.code.slice(0, 4)) && !((unambiguous || zoneAfter) && hit.value.units.length === 1)) return undefined;
  // the most specific: 徐州市鼓楼区经济开发区 is in 鼓楼区 of 徐州市
  if (u?.type === "City") {
    const next = gazetteer.longestAt(rest, hit.end);
    const d = next?.value.units?.find((x) => x.parent === u.code);
    if (d) return d;
  }
  return u;
}

/**
 * A name shared by several divisions (鼓楼区) denotes the one in the cities the document talks about;
 * where the document names none of their cities or provinces, it is left unread.
 */
export function chooseUnit(units: AdminUnit[], context: Map<string, number>): AdminUnit | undefined {
  if (units.length === 1) return units[0]!;
  let best: AdminUnit | undefined;
  let bestScore = 0;
  for (const u of units) {
    const score = (u.code.length > 6 ? (context.get(u.code.slice(0, 6)) ?? 0) * 1000 : 0) + (context.get(u.code.slice(0, 4)) ?? 0) * 10 + (context.get(u.code.slice(0, 2)) ?? 0);
    if (score > bestScore || (score === bestScore && best && u.code < best.code)) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The most specific division named inside a name after its first characters: a branch or plant named
 * for where it is (青岛科技大学枣庄融合创新发展中心 → 枣庄市, 华润沂水…项目 → 沂水县).
 */
export function placeInside(name: string, gazetteer: Trie<GazetteerEntry>, context: Map<string, number>): AdminUnit | undefined {
  let found: AdminUnit | undefined;
  // (past the place the name opens with: 河东区…项目 holds no 东区)
  const opening = gazetteer.longestAt(name, 0);
  for (let i = opening?.value.units ? opening.end : 1; i < name.length - 1; ) {
    const hit = gazetteer.longestAt(name, i);
    if (!hit) {
      i++;
      continue;
    }
    const u = hit.value.units ? chooseUnit(hit.value.units, context) : undefined;
    const weak = !!u && hit.value.short && u.type === "District" && hit.end - i < 3 && !context.get(u.code.slice(0, 4));
    if (u && !weak && (u.type === "City" || u.type === "District") && (!found || u.type === "District" || found.type === "City")) found = u;
    i = hit.end;
  }
  return found;
}
