import { startsWithPlace } from "../places.ts";
import { clauseStart, collector, homeMention, placeMention, POINT, type Item, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

// (and so is one the route leaves from: 自|陇海铁路沙塘站引出)
const CROSSES = /(跨|跨越|上跨|下穿|衔接|顺接|接入|互通|自|从)$/;
const MEETS = /^(相接|相连|相交|交汇|交叉|衔接|连接)/;

/** CONNECTS stated in a sentence: "中欧班列通过满洲里、二连浩特等口岸", "徐民高速菏泽段". (Line names are decoded in lines.ts.) */
export function connects({ doc, text, mentions, sentences, rc }: RuleInput): RelationMention[] {
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
  // a route described place by place (…自A引出,经B、C,至D; 设E站、F站): each place and each station's
  // place is served, until another line is named
  // a line the route crosses or joins (跨连霍高速, 顺接盐洛高速) is passed on the way: it neither ends
  // the route nor owns the places after it
  // (so is one it meets, "与枣菏高速相接", and one named only for an interchange on it, "长深高速河东互通")
  const crossed = (at: number, end = at): boolean =>
    CROSSES.test(text.slice(Math.max(0, at - 3), at)) || (text[at - 1] === "与" && MEETS.test(text.slice(end, end + 4))) || (end > at && /^[\u4e00-\u9fa5]{0,4}?(互通|枢纽)/.test(text.slice(end, end + 8))) || (end > at && /[起至到]$/.test(text.slice(at - 1, at)) && /^[\u4e00-\u9fa5]{1,6}?(车站|站)/.test(text.slice(end, end + 8)));
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      // the works on a line (京沪高速公路临沂段改扩建工程起自…,经…) describe the line's route
      const works = A.m.type === "Project" ? WORKS_ON_LINE.exec(A.m.canonical ?? A.m.name) : null;
      // (a line named in a modifier, "是京杭运河的重要支线", is not the one whose route the sentence gives)
      if ((A.m.type !== "Infrastructure" && !works) || POINT.test(A.m.canonical ?? A.m.name) || crossed(A.m.start, A.m.end) || text[A.m.end] === "的") continue;
      let line = A.i;
      if (works) {
        const known = mentions.findIndex((m) => m.type === "Infrastructure" && (m.canonical ?? m.name) === works[1]);
        if (known >= 0) line = known;
        else {
          mentions.push({ type: "Infrastructure", name: works[1]!, start: A.m.start, end: A.m.start + works[1]!.length, sentence: A.m.sentence });
          line = mentions.length - 1;
        }
      }
      for (const x of list.slice(a + 1)) {
        if (x.m.type === "Infrastructure" && !POINT.test(x.m.canonical ?? x.m.name)) {
          if (crossed(x.m.start, x.m.end)) continue;
          break;
        }
        // only places and stations are served; other names on the way neither end nor start anything
        if (x.m.type !== "City" && x.m.type !== "District" && !(x.m.type === "Infrastructure" && /站$/.test(x.m.canonical ?? x.m.name))) continue;
        const between = text.slice(A.m.end, x.m.start);
        // a route goes on over commas only clause by clause (…引出,经B,至C); another clause ends it
        // (a clause that opens with a place goes on with the places of the one before: "经A、B,C市D县、E区")
        // (each clause read whole, the place's own too: "…运营的淮北段、宿州段起于…")
        const rest = text.slice(x.m.start, Math.min(text.length, x.m.start + 60));
        const clauses = (between + rest.slice(0, rest.search(/[,;。]|$/))).split(/[,;]/);
        const route = (i: number): boolean => (i === 0 ? ROUTE.test(clauses[0]!) : ROUTE_START.test(clauses[i]!) || ROUTE_VERB.test(clauses[i]!));
        // (where the line's own clause says nothing of a route, the route may open a later clause of the
        // sentence: "临沂至滕州高速公路,项目与枣菏高速相接,正在开展征地拆迁工作,东起自…,途经…")
        const opens = ROUTE.test(clauses[0]!) ? 0 : Math.max(0, clauses.findIndex((c, i) => i > 0 && ROUTE_START.test(c)));
        if (clauses.some((c, i) => i > opens && c !== "" && !route(i) && !(rc.gazetteer.longestAt(c, 0)?.value.units && route(i - 1)))) break;
        // (the route's start, "由A经B…至C", "从A出发", is served too: its place comes before the verb of the route)
        const from = /(由|从)[\u4e00-\u9fa5]{0,3}$/.test(between) && /^(经|途经|经过|至|到|出发|引出)/.test(text.slice(x.m.end, x.m.end + 4));
        if (!ROUTE.test(between) && !from) continue;
        if (x.m.type === "City" || x.m.type === "District") rel("CONNECTS", line, x.i);
        else if (x.m.type === "Infrastructure" && /站$/.test(x.m.canonical ?? x.m.name)) {
          const u = startsWithPlace(x.m.canonical ?? x.m.name, rc.gazetteer, rc.context, true);
          if (!u || (u.type !== "City" && u.type !== "District")) continue;
          rel("CONNECTS", line, placeMention(mentions, u, x.m));
        }
      }
    }
  }
  // a route told in the sentence after the line's ("徐连高铁开通。线路自徐州东站引出,经宿迁,至连云港"):
  // a sentence that opens by calling the line by its kind (线路, 该项目, 全线) and names no line of its own in
  // its first clause (the lines it names later are where the route joins others) goes on with the last line
  // named before it in the paragraph
  // the line each such sentence goes on with (a sentence that goes on with one that went on itself,
  // "该项目起自A,接B…。途经C、D…", has the same line: the lines the first names are junctions)
  const continued = new Map<number, number | undefined>();
  for (let n = 1; n < sentences.length; n++) {
    const list = sentences[n]!;
    const s = doc.sentences[list[0]!.m.sentence]!;
    // (a topic may come first: "在线路走向上,该项目起自…")
    const lead = ROUTE_TOPIC.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
    const head = text.slice(s.start + lead, s.end).replace(/^[\s\u3000]+/, "");
    const comma = head.search(/[,;]/);
    const firstClauseEnd = s.start + lead + (comma < 0 ? head.length : comma);
    // (or the sentence opens with the route's own verb: "…沿老路扩建。途经济南市…")
    if (!(LINE_ANAPHOR.test(head) || ROUTE_OPENS.test(head)) || list.some((x) => x.m.type === "Infrastructure" && !POINT.test(x.m.canonical ?? x.m.name) && x.m.start < firstClauseEnd)) continue;
    let line: number | undefined;
    if (continued.has(n - 1) && doc.sentences[sentences[n - 1]![0]!.m.sentence]!.paragraph === s.paragraph) line = continued.get(n - 1);
    // (a few sentences back at most: a route is told right after its line)
    for (let k = n - 1; k >= Math.max(0, n - 4) && line === undefined; k--) {
      const p = doc.sentences[sentences[k]![0]!.m.sentence]!;
      if (p.paragraph !== s.paragraph && k < n - 1) break;
      // (the line the sentence is about, not those it is joined with: "…段…与京沪高铁、济青高铁贯通" names
      // partners only, and the route after it is not theirs)
      const lines = sentences[k]!.filter((x) => x.m.type === "Infrastructure" && !POINT.test(x.m.canonical ?? x.m.name) && !/与[^,。;]*$/.test(text.slice(clauseStart(text, p.start, x.m.start, ",;。"), x.m.start)));
      line = lines[lines.length - 1]?.i;
    }
    continued.set(n, line);
    if (line === undefined) continue;
    const placeOpens = (c: string) => !!rc.gazetteer.longestAt(c, 0)?.value.units;
    for (const x of list) {
      if (x.m.type !== "City" && x.m.type !== "District" && !(x.m.type === "Infrastructure" && /站$/.test(x.m.canonical ?? x.m.name))) continue;
      const clauses = text.slice(s.start + lead, x.m.end).replace(/^[\s\u3000]+/, "").split(/[,;]/);
      // (a clause that opens with a place goes on with the places of the route clause before it: 途经A市B区,C市D县;
      // one that opens with 接 joins the route to another line on its way)
      const routeAt = (i: number): boolean => (i === 0 ? ROUTE.test(clauses[0]!) : ROUTE_START.test(clauses[i]!) || ROUTE_VERB.test(clauses[i]!) || /^接/.test(clauses[i]!) || (placeOpens(clauses[i]!) && routeAt(i - 1)));
      const last = clauses.length - 1;
      if (!clauses.every((_, i) => i === 0 || routeAt(i)) || !(ROUTE.test(clauses[last]!) || (last > 0 && placeOpens(clauses[last]!)))) break;
      if (x.m.type === "City" || x.m.type === "District") rel("CONNECTS", line, x.i);
      else {
        const u = startsWithPlace(x.m.canonical ?? x.m.name, rc.gazetteer, rc.context, true);
        if (u && (u.type === "City" || u.type === "District")) rel("CONNECTS", line, placeMention(mentions, u, x.m));
      }
    }
  }
  // a list of stations after a sentence that announces a line's stations ("沿线将设置9个车站。其中包括:A站、B站…"):
  // the line serves each station's place
  for (let n = 1; n < sentences.length; n++) {
    const list = sentences[n]!;
    const stations = list.filter((x) => x.m.type === "Infrastructure" && /站$/.test(x.m.canonical ?? x.m.name));
    if (stations.length < 3 || list.some((x) => x.m.type === "Infrastructure" && !POINT.test(x.m.canonical ?? x.m.name))) continue;
    const prev = sentences[n - 1]!;
    const ps = doc.sentences[prev[0]!.m.sentence]!;
    if (prev[0]!.m.sentence !== list[0]!.m.sentence - 1 || !/(车站|站点|个站|座站|设站)/.test(text.slice(ps.start, ps.end))) continue;
    const lines = prev.filter((x) => x.m.type === "Infrastructure" && !POINT.test(x.m.canonical ?? x.m.name));
    const line = lines[lines.length - 1];
    if (!line) continue;
    for (const x of stations) {
      const u = startsWithPlace(x.m.canonical ?? x.m.name, rc.gazetteer, rc.context, true);
      if (u && (u.type === "City" || u.type === "District")) rel("CONNECTS", line.i, placeMention(mentions, u, x.m));
    }
  }
  // lines that run through the place a sentence is about: "梁园区…,陇海与京九铁路、商杭与徐兰高铁等贯穿全境"
  // (the sentence's first county or city before them, else the page's own)
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "Infrastructure" || POINT.test(A.m.canonical ?? A.m.name)) continue;
      const next = list[a + 1];
      const after = text.slice(A.m.end, Math.min(next && next.m.type === "Infrastructure" ? next.m.start : Infinity, A.m.end + 24));
      // (or meet at a place: "郑徐与商合杭高铁、京九与陇海铁路…在商丘交汇")
      const meet = MEET_AT.exec(text.slice(A.m.end, A.m.end + 40));
      const at = meet ? list.slice(a + 1).find((x) => (x.m.type === "City" || x.m.type === "District") && x.m.start >= A.m.end + meet[0].length - meet[1]!.length - 8 && x.m.end <= A.m.end + meet[0].length) : undefined;
      if (!THROUGHOUT.test(after) && !at) continue;
      // (the run is read once, from its last line)
      if (at && next && next.m.type === "Infrastructure" && /^[、与和]$/.test(text.slice(A.m.end, next.m.start))) continue;
      // the run of lines that ends here, back to the clause that holds the first of them
      const run = [A];
      for (let k = a - 1; k >= 0; k--) {
        const x = list[k]!;
        if (x.m.type !== "Infrastructure" || POINT.test(x.m.canonical ?? x.m.name) || /[,。;:]/.test(text.slice(x.m.end, run[0]!.m.start))) break;
        run.unshift(x);
      }
      const subject = list.slice(0, a).find((x) => namedCountyOrCity(x) && x.m.start < run[0]!.m.start);
      const place = at?.i ?? subject?.i ?? homeMention(mentions, rc.home?.district?.code ?? rc.home?.city?.code);
      if (place === undefined) continue;
      for (const x of run) rel("CONNECTS", x.i, place);
    }
  }
  // lines named after the words that say they cross the place the sentence is about: "穿越县境的兖石铁路、
  // 日东高速", "境内有京沪高铁、京台高速" (the sentence's first county or city before them, else the page's own)
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "Infrastructure" || POINT.test(A.m.canonical ?? A.m.name)) continue;
      if (!CROSSES_BEFORE.test(text.slice(Math.max(0, A.m.start - 12), A.m.start))) continue;
      const run = [A];
      for (let k = a + 1; k < list.length; k++) {
        const x = list[k]!;
        // (the clause's lines, past items the dictionary does not read: 兖石铁路、岚济公路、日东高速)
        if (/[,。;:]/.test(text.slice(A.m.end, x.m.start))) break;
        if (x.m.type === "Infrastructure" && !POINT.test(x.m.canonical ?? x.m.name)) run.push(x);
      }
      // (or the one the clause goes on to join: "…把莒南与长三角…连为一体")
      const subject = list.slice(0, a).find(namedCountyOrCity) ?? list.slice(a + 1).find((x) => namedCountyOrCity(x) && /^(把|将|使)$/.test(text.slice(x.m.start - 1, x.m.start)));
      const place = subject?.i ?? homeMention(mentions, rc.home?.district?.code ?? rc.home?.city?.code);
      if (place === undefined) continue;
      for (const x of run) rel("CONNECTS", x.i, place);
    }
  }
  // a route through a place: "郑徐高铁…驶入商丘", "京杭大运河在济宁穿城而过", "…在宿迁市内的航道"
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "Infrastructure" || POINT.test(A.m.canonical ?? A.m.name)) continue;
      const B = list.slice(a + 1).find((x) => x.m.type === "City" || x.m.type === "District");
      if (!B || list.slice(a + 1).indexOf(B) > 1) continue;
      const between = text.slice(A.m.end, B.m.start);
      if (between.length > 16 || /[,。;:]/.test(between)) continue;
      if (THROUGH.test(between) && /^(在|驶入|进入|穿|经|途经|贯穿|连接|直达|抵达|通达|延伸至|至)/.test(between.replace(/^[^在驶进穿经途贯连直抵通延至]*/, ""))) rel("CONNECTS", A.i, B.i);
    }
  }
  return out;
}

/** A county or city the text itself names (not one read from a line's name): the place a sentence is about. */
const namedCountyOrCity = (x: Item): boolean => (x.m.type === "District" || x.m.type === "City") && !x.m.via;

// a topic before the route a sentence gives: 在线路走向上, 从走向看
const ROUTE_TOPIC = /^[\s\u3000]*(在|从|就|按)[^,，。;]{1,10}(上|看|来看|而言)[,，]/;
// a sentence with no subject that opens with the verb of a route goes on with the route before it
const ROUTE_OPENS = /^(途经|途径|经过|起于|起自|止于|[东西南北]起)/;
// a sentence that calls the line it goes on about by its kind
const LINE_ANAPHOR = /^(该|本|此)?(项目|工程|路线|线路|全线|新线|正线|铁路|高铁|高速|公路|该线)/;
// a works project named after the line it is on: 京沪高速公路临沂段改扩建工程
const WORKS_ON_LINE = /^(.{2,10}?(?:高速公路|高速|高铁|铁路|航道))(?:.{2,4}段)?(?:[一二三四五]期)?(?:改扩建|扩建|改建|拓宽|整治)?(?:工程|项目)$/;
// words of a route description: 自A引出, 经B、C, 至D, 途经, 贯通, 串联, 设E站
// (a line's description goes on through its length, speed and position: 全长…, 设计时速…, 位于…, 东起…)
const ROUTE_START = /^(经|途经|经过|至|到|止于|终至|向|设|在|并|再|后|跨|穿|全长|总长|全线|线路|设计|时速|位于|[东西南北]起|[东西南北]至|起于|起自|沿线|沿途|从)/;
const ROUTE = /(经|途经|经过|自|起|至|到|引出|接入|连接|连通|贯通|串联|穿越|直达|抵达|通达|延伸|设|站)/;
// a verb of the route inside a clause that opens with something else ("由…建设的淮北段起于…", "串联萧县…",
// "由孙圩子互通跨连霍高速后", "在洪碱河处无缝衔接淮北")
const ROUTE_VERB = /(起于|起自|途经|经过|串联|贯通|衔接|顺接|止于|终至|引出|跨越|上跨|下穿|跨[^,;]{0,8}(高速|铁路|高铁|公路))/;
const THROUGH = /(在|驶入|进入|穿|途经|经过|贯穿|连接|直达|抵达|通达|延伸至)/;
// lines named before this meet at the place it names
const MEET_AT = /^[^,。;:]{0,40}?在([^,。;:]{2,8}?)(交汇|交会|交叉|汇聚|相交|交织)/;
// lines named before one of these run through the place the sentence is about
const THROUGHOUT = /^(?:[^,。;:]{0,30}?等)?[^,。;:]{0,4}?(贯穿全境|穿境而过|横贯全境|纵贯全境|贯穿全[区县市]|横贯全[区县市]|纵贯全[区县市]|穿城而过|纵横穿过|纵横交错|穿[县区市]而过|过境)/;
// lines named after these cross the place the sentence is about
const CROSSES_BEFORE = /((穿越|贯穿|横贯|纵贯|穿过|途经|经过)(县|区|市|全|本)?境的|[县区市]?境内(现)?(有|拥有|已有))$/;
