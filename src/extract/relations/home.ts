import { placeInside, startsWithPlace } from "../places.ts";
import { collector, elsewhere, homeMention, placeMention, POINT, SIGNS_AFTER, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

const NATIONAL = /^(中|国家|全国|省)/;

/**
 * What the document's home division implies where the text says nothing closer: a zone is part of the
 * place its name starts with, else of the home; a report's projects are in its place; named local
 * organisations (徐州…, 市…) are in its city.
 */
export function homeDefaults({ text, mentions, order, rc }: RuleInput, already: RelationMention[]): RelationMention[] {
  const { out, rel } = collector(mentions);
  // what the text already places: by name, so that every mention of a park one mention put in a zone
  // counts as placed
  const nameOf = (i: number) => `${mentions[i]!.type}|${mentions[i]!.canonical ?? mentions[i]!.name}`;
  const placed = new Set(already.filter((r) => r.type === "LOCATED_IN" || (r.type === "PART_OF" && mentions[r.head]!.type === "Zone")).map((r) => nameOf(r.head)));
  const homeDistrict = homeMention(mentions, rc.home?.district?.code);
  const homeCity = homeMention(mentions, rc.home?.city?.code);
  const homePlace = homeDistrict ?? homeCity;
  const zoneAt = rc.home?.zone ? mentions.findIndex((x) => x.type === "Zone" && !x.via && (x.canonical ?? x.name) === rc.home!.zone) : -1;
  const homeZone = zoneAt >= 0 ? zoneAt : undefined;
  // (a town named more often than the page's zone is what the page is about: the zone may be only its publisher)
  const townCount = mentions.filter((x) => !x.via && x.code && x.code === rc.home?.town?.code).length;
  const zoneCount = mentions.filter((x) => x.type === "Zone" && !x.via && (x.canonical ?? x.name) === rc.home?.zone).length;
  const homeTown = townCount > zoneCount ? homeMention(mentions, rc.home?.town?.code) : undefined;
  // a party the page's place signs with or works with (巨野县与华宝投资股份公司签订…) comes from elsewhere:
  // the page's own enterprises are not its partners
  const partners = new Set<number>();
  for (let n = 1; n < order.length; n++) {
    const { m, i } = order[n]!;
    const before = order[n - 1]!.m;
    if (m.type !== "Organization" || !/^(District|City|Town)$/.test(before.type) || before.sentence !== m.sentence) continue;
    if (/^(人民政府|政府)?与$/.test(text.slice(before.end, m.start)) && SIGNS_AFTER.test(text.slice(m.end, m.end + 16))) partners.add(i);
  }
  // the page's towns by their names without 镇/乡/街道, for the stations and interchanges named after them
  const townByStem = new Map<string, number>();
  for (const { m, i } of order) {
    const stem = (m.canonical ?? m.name).replace(/(镇|乡|街道)$/, "");
    if (m.type === "Town" && !m.via && stem.length >= 2 && !townByStem.has(stem)) townByStem.set(stem, i);
  }
  const done = new Set<string>();
  for (const { m, i } of order) {
    const key = nameOf(i);
    if (done.has(key) || placed.has(key)) continue;
    // a town the register does not list, named by its county (临沭镇: the county seat of 临沭县), is in it
    if (m.type === "Town" && !m.code) {
      done.add(key);
      const u = startsWithPlace(m.name, rc.gazetteer, rc.context, true);
      if (u?.type === "District" && m.name.length - u.name.replace(/[县市区]$/, "").length === 1) rel("PART_OF", i, placeMention(mentions, u, m));
      continue;
    }
    if (m.type === "Zone") {
      done.add(key);
      let u = startsWithPlace(m.name, rc.gazetteer, rc.context);
      // (a park two places built together is named by both, the partner's and the host's: on the host's page
      // it is the host's, 张家港宿豫工业园 in a 宿迁 page is in 宿豫区)
      const city = rc.home?.city?.code;
      const second = u && city && !u.code.startsWith(city) ? placeInside(m.name, rc.gazetteer, rc.context) : undefined;
      if (second && (second.type === "City" || second.type === "District") && second.code.startsWith(city!)) u = second;
      if (u && (u.type === "City" || u.type === "District")) rel("PART_OF", i, placeMention(mentions, u, m));
      // (a new area is a city's, 洋河新区, 湖滨新区: on a county's page it is still not the county's)
      else if (/(?<!高)新区$/.test(m.canonical ?? m.name) && homeCity !== undefined) rel("PART_OF", i, homeCity);
      else if (homePlace !== undefined) rel("PART_OF", i, homePlace);
      // (and on a town's own page, its parks are in the town)
      if (homeTown !== undefined && i !== homeZone) rel("LOCATED_IN", i, homeTown);
      // (as is a park named with its town in front: 官湖镇工业园区, 随官屯镇化工产业园)
      else {
        const head = TOWN_IN_FRONT.exec(m.name)?.[1];
        const town = head ? mentions.findIndex((x) => x.type === "Town" && !x.via && !!x.code && (x.canonical ?? x.name) === head) : -1;
        if (town >= 0) rel("LOCATED_IN", i, town);
      }
      continue;
    }
    // a port, station or airport is where its name says (南京港, 宿迁港中心港区, 菏泽东站)
    if (m.type === "Infrastructure" && POINT.test(m.canonical ?? m.name)) {
      const name = m.canonical ?? m.name;
      // (a station takes its place's name whatever province the text is about: 安吉站, 温州南站, 兰考南站)
      const u = startsWithPlace(name, rc.gazetteer, rc.context, /站$/.test(name));
      if (u && (u.type === "City" || u.type === "District")) {
        done.add(key);
        rel("LOCATED_IN", i, placeMention(mentions, u, m));
        continue;
      }
      // (or the town the page names whose name it takes: 杨庄站 in 杨庄镇)
      const town = [2, 3, 4].map((n) => townByStem.get(name.slice(0, n))).find((t) => t !== undefined);
      if (town !== undefined) {
        done.add(key);
        rel("LOCATED_IN", i, town);
        continue;
      }
    }
    // a branch or a plant named for where it is (…枣庄融合创新发展中心)
    // (not a project: a place inside its name is most often its partner's or its line's, 萧县·徐州智能制造项目,
    // 枣菏高速枣庄段项目, and the page's own place says better where it is: on the dev fold 11 of 32 were right)
    if (m.type === "Organization" || m.type === "Lab") {
      // (an organisation read by a curated short form is where the text puts it, not where its
      // registered name says it was registered: 普洛斯, 普洛斯投资(上海)有限公司)
      const said = m.type === "Organization" ? m.name : (m.canonical ?? m.name);
      const u = placeInside(said, rc.gazetteer, rc.context);
      if (u && startsWithPlace(said, rc.gazetteer, rc.context)?.code !== u.code) {
        done.add(key);
        rel("LOCATED_IN", i, placeMention(mentions, u, m));
        continue;
      }
    }
    // a town's own page: its projects and enterprises are in it
    if (homeTown !== undefined && (m.type === "Project" || ((m.type === "Organization" || m.type === "Lab") && !NATIONAL.test(m.name) && !elsewhere(m, mentions[homeTown]!, rc, text)))) {
      done.add(key);
      rel("LOCATED_IN", i, homeTown);
      continue;
    }
    // a zone's own page: its projects and enterprises are in it (in the zone, not only its county)
    // (a lab is its host's, a university's or a firm's, wherever the page is: not the zone's by default)
    if (homeZone !== undefined && i !== homeZone && (m.type === "Project" || (m.type === "Organization" && !partners.has(i) && !NATIONAL.test(m.name) && !elsewhere(m, mentions[homeZone]!, rc, text)))) {
      done.add(key);
      rel("LOCATED_IN", i, homeZone);
      continue;
    }
    // a district's or county's own page is about its enterprises and labs, unless a name says it is
    // someone else's (中国矿业大学, 省立医院…, another place's name)
    // (a firm registered under its city's name, 徐工集团 = 徐州工程机械集团有限公司, is the city's)
    if ((m.type === "Organization" || m.type === "Lab") && homeDistrict !== undefined && !partners.has(i) && !NATIONAL.test(m.name) && !startsWithPlace(m.name, rc.gazetteer, rc.context) && !startsWithPlace(m.canonical ?? m.name, rc.gazetteer, rc.context) && !elsewhere(m, mentions[homeDistrict]!, rc, text)) {
      done.add(key);
      rel("LOCATED_IN", i, homeDistrict);
      continue;
    }
    const homeName = rc.home?.city?.name;
    const homeShort = homeName?.replace(/市$/, "");
    const local =
      (!!homeShort && (m.name.includes(homeShort) || m.name.startsWith("市"))) ||
      /(全市|我市|本市|市内)有?[^,。;]{0,4}$/.test(text.slice(Math.max(0, m.start - 8), m.start)) ||
      // (a port or station named by a place the register knows elsewhere is not the home city's: 太仓港 in a
      // 宿迁 report; where the text's context does not settle which place, it is left unplaced)
      (m.type === "Infrastructure" && POINT.test(m.canonical ?? m.name) && !rc.gazetteer.longestAt(m.canonical ?? m.name, 0)?.value.units);
    // a project named with its county in front is there (沛县协鑫光伏电池片项目), and so is a company
    // registered under its county's name (滕州市安川自动化机械有限公司); a city's name says less (徐州…有限公司
    // may be anywhere in the city, and the page's own place rules place it)
    // (so is a county's institute, hospital or school, which keeps the county in front because the rest only
    // describes it: 沂水产业研究院, 费县产业技术研究院)
    const own = m.type === "Project" || m.type === "Lab" || (m.type === "Organization" && (REGISTERED_NAME.test(m.canonical ?? m.name) || INSTITUTION.test(m.canonical ?? m.name))) ? startsWithPlace(m.canonical ?? m.name, rc.gazetteer, rc.context) : undefined;
    if (own?.type === "District") {
      done.add(key);
      rel("LOCATED_IN", i, placeMention(mentions, own, m));
      continue;
    }
    if (m.type === "Project" && homePlace !== undefined) {
      done.add(key);
      rel("LOCATED_IN", i, local && homeCity !== undefined && !homeDistrict ? homeCity : homePlace);
    } else if ((m.type === "Organization" || m.type === "Lab" || (m.type === "Infrastructure" && POINT.test(m.canonical ?? m.name))) && local && homeCity !== undefined) {
      done.add(key);
      rel("LOCATED_IN", i, homeCity);
    }
  }
  return out;
}

// a registered company's name (…有限公司, …股份公司, …集团)
const REGISTERED_NAME = /(有限公司|有限责任公司|股份公司|集团)$/;
// a public institution's kind (…产业研究院, …人民医院, …中学)
const INSTITUTION = /(研究院|研究所|医院|学校|中学|小学)$/;
// a town at the head of a park's name (官湖镇|工业园区)
const TOWN_IN_FRONT = /^([\u4e00-\u9fa5]{1,4}?(?:镇|乡|街道))/;
