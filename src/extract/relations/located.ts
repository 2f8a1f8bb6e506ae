import { startsWithPlace } from "../places.ts";
import { BUILD, clauseEnd, clauseStart, collector, elsewhere, LOCATABLE, PLACES, POINT, SIGNS_AFTER, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

// what a zone says of the parks it is made of: "下辖新城区、张黄工业园", "包括A、B两个园区"
// (items the dictionary does not read may come first: "下辖新城区、|张黄工业园")
const HOLDS = /(下辖|辖|包括|包含|涵盖|辖区内有|内设|设有)(?:[^,。;:!?、]{2,12}、){0,3}$/;
// what a zone says of the enterprises it holds, between its name and the first of them
const HOLDS_FIRMS = /^(内|里|区内|园内)?(目前|现在|已经|已|现|共|先后)*(累计)?(集聚|聚集|汇聚|拥有|入驻|引进|引入|落户|吸引|培育|聚集了|集聚了|拥有了|引进了)(了)?$/;
// the same verbs opening the clause after a place, whatever follows them ("宿迁还集聚了A、B等…企业",
// "开发区现有规上食品企业37家,初步形成了以A、B为代表的…")
const HOLDS_AFTER = /^(内|里|区内|园内|境内)?(还|也|又)?(目前|现在|已经|已|现|共|先后)*(集聚|聚集|汇聚|拥有|入驻|引进|引入|吸引|培育|有)/;
// a clause that opens with the verb of holding firms and goes on to list them (先后集聚|A、B、C)
const LISTS_FIRMS = /^(如今|先后|已|还|也|又|现|共|目前|累计|成功)*(集聚|聚集|汇聚|拥有|入驻|引进|引入|吸引|吸纳|招引|培育|落户|形成|涌现出|培育出)了?(?:[^,。;:]{0,12}?、)*[^,。;:、]{0,12}?$/;
// what is built in the park a sentence speaks of: "在园区建设…", "在区内布局…"
const IN_THE_PARK = /在(园区|区内|园内|开发区内|园区内)(内)?(规划)?(建设|打造|布局|新建|建成)/g;
// a count of parks that closes a list of them: 3个专业化园区, “一区三园”
const PARKS_COUNTED = /^(?:等)?(?:[0-9一二三四五六七八九十两]+(?:个|大)[^,。;:、]{0,6}(?:园区|产业园|园)|[“"]?一区[一二两三四五六七八九十]园)/;
const PARTNER_VERBS = /^(对接|合作|联合|携手|共建|联系|引进|引入)/;
const IN_FRONT = new Set(["District", "Town", "Zone"]);

/** LOCATED_IN stated in a sentence or by a paragraph's layout: 位于/落户/在, a place in front of a name, "P在X现场", a paragraph opened by a place. */
export function locatedIn({ doc, text, mentions, order, sentences, rc }: RuleInput, already: RelationMention[]): RelationMention[] {
  const { out, rel } = collector(mentions);
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      const B = list[a + 1];
      if (B) {
        const between = text.slice(A.m.end, B.m.start);
        // "X位于/落户Y"
        // (a line is in no one place: 济广高速在商丘 says where it passes, which CONNECTS reads)
        const line = A.m.type === "Infrastructure" && !POINT.test(A.m.canonical ?? A.m.name);
        // (a project signed into a place is settled there: …基地项目随之签约济宁高新区; a firm that signs with
        // a place is not)
        const signedIn = A.m.type === "Project" && /^(随之|随即|成功|正式|顺利|已|将)*签约$/.test(between);
        // (the subject of a sentence, its place told a clause later: 郓城化工产业园,始建于2009年,位于郓城县…)
        // (or the year it settled there: 原大晶集团2016年落户邳州经开区)
        const toldLater = a === 0 && B.m.start - A.m.end <= 40 && /^(?:[,，][^。;,，]*)*[,，](其)?(位于|坐落于|地处)$/.test(between);
        if (LOCATABLE.has(A.m.type) && !line && PLACES.has(B.m.type) && (signedIn || toldLater || /^((签约|正式|成功|顺利|已|将)*(落户|落地|入驻|入园|落户到|落地到|落户在)|位于|坐落于|坐落在|建在|在)$/.test(between) || /^[12][0-9]{3}年([0-9]{1,2}月)?(份)?(签约|正式|成功|顺利)*(落户|落地|入驻|入园)(到|在)?$/.test(between))) {
          // (the most specific place: 落户宿迁市|宿城经济开发区 is in the zone)
          const C = list[a + 2];
          const inner = C && PLACES.has(C.m.type) && C.m.start === B.m.end && (B.m.type === "City" || B.m.type === "District") ? C : B;
          // ("X在P投资建设Y": what is built there is in P, not the company that builds it)
          const built = between === "在" && A.m.type === "Organization" ? /^(总?投资|建设|投建|新建|兴建|打造|布局|开工)/.test(text.slice(inner.m.end, inner.m.end + 4)) : false;
          if (!built) rel("LOCATED_IN", A.i, inner.i);
          else {
            const Y = list.slice(a + 1).find((x) => x.m.start > inner.m.end && (x.m.type === "Project" || x.m.type === "Lab") && !/[。;]/.test(text.slice(inner.m.end, x.m.start)));
            if (Y) rel("LOCATED_IN", Y.i, inner.i);
          }
        }
        // "位于Y的X", "Y的X" with Y a place and X locatable, "Y X" (徐州高新区卓曜…)
        // (or inside it: 位于泗县经济开发区内的…公司, 位于睢宁县境内的…)
        if (PLACES.has(A.m.type) && LOCATABLE.has(B.m.type) && A.m.type !== B.m.type && /^((境内|区内|园内|内)?的)?$/.test(between) && /(位于|落户|地处)$/.test(text.slice(Math.max(0, A.m.start - 3), A.m.start))) rel("LOCATED_IN", B.i, A.i);
        // "Z的A、B、C": a zone's own enterprises and projects (单县玻纤加工产业园区的春佳、博远、盛世鑫光)
        else if (A.m.type === "Zone" && between === "的" && (B.m.type === "Project" || B.m.type === "Organization")) {
          rel("LOCATED_IN", B.i, A.i);
          for (let k = a + 2, at = B.m.end; k < list.length && text[at] === "、" && list[k]!.m.start === at + 1 && list[k]!.m.type === B.m.type; k++) {
            rel("LOCATED_IN", list[k]!.i, A.i);
            at = list[k]!.m.end;
          }
        }
        // a place in front of an owner's name: 莒南县|太钢鑫海高端不锈钢项目, 沂河新区|格力电器(临沂)…项目
        else if (between === "" && (IN_FRONT.has(A.m.type) || (A.m.type === "City" && (B.m.type === "Project" || B.m.type === "Lab"))) && (B.m.type === "Project" || B.m.type === "Lab" || B.m.type === "Organization")) rel("LOCATED_IN", B.i, A.i);
        // a zone right before a smaller park or a station, port or airport holds it (徐州经济技术开发区|东湖医学创新港,
        // 河东经济开发区|临沂火车东站)
        else if (between === "" && A.m.type === "Zone" && ((B.m.type === "Zone" && zoneRank(B.m.canonical ?? B.m.name) < zoneRank(A.m.canonical ?? A.m.name)) || (B.m.type === "Infrastructure" && POINT.test(B.m.canonical ?? B.m.name)))) rel("LOCATED_IN", B.i, A.i);
        // "丰县在君乐宝乳业迁建二期项目现场": the place is where the project is
        if ((A.m.type === "District" || A.m.type === "Zone" || A.m.type === "Town") && between === "在" && (B.m.type === "Project" || B.m.type === "Organization" || B.m.type === "Lab")) rel("LOCATED_IN", B.i, A.i);
      }
      // "A、B等徐州投资项目落户淮北杜集区": every item of a list closed by 等 is where the list settles
      // (a list whose first items were not read starts at the first one that was)
      if (LOCATABLE.has(A.m.type) && (a === 0 || text[A.m.start - 1] !== "、" || list[a - 1]!.m.end !== A.m.start - 1)) {
        const items = [A];
        let k = a + 1;
        for (let at = A.m.end; text[at] === "、" && list[k]?.m.start === at + 1 && LOCATABLE.has(list[k]!.m.type); k++) {
          items.push(list[k]!);
          at = list[k]!.m.end;
        }
        const last = items[items.length - 1]!;
        // (the place: the first one after the verb, or the one it heads: 淮北|杜集区)
        // (the verb may come a clause later: "A、B等8家企业现场签约,…,近期将落户砀山县经济开发区")
        const near = /^等[^,。;:、]{0,14}?(已经|已|将|成功|正式|签约|先后|相继|陆续)*(落户|落地|入驻|进驻|坐落|位于)(在|到|于)?/.exec(text.slice(last.m.end, last.m.end + 30));
        // (with no place named on the way)
        const later = near || last.m.type !== "Organization" ? null : /^等[^。;:]{0,60}?[,，](近期|随后|今后|即将|将|已|均|全部)*(落户|入驻|进驻)(在|到|于)?/.exec(text.slice(last.m.end, last.m.end + 80));
        const verb = near ?? later;
        const at = verb ? last.m.end + verb[0].length : -1;
        const P = verb && !(later && list.some((x) => x.m.start > last.m.end && x.m.start < at && PLACES.has(x.m.type))) ? list.slice(k).find((x) => x.m.start === at && PLACES.has(x.m.type)) : undefined;
        if (P) {
          const inner = list.find((x) => x.m.start === P.m.end && PLACES.has(x.m.type) && (P.m.type === "City" || P.m.type === "District"));
          for (const x of items) rel("LOCATED_IN", x.i, (inner ?? P).i);
        }
      }
      // "Z(创建于…,)下辖A、B、C": the parks a zone holds are in it
      if (A.m.type === "Zone") {
        const k = list.findIndex((x, j) => j > a && x.m.type === "Zone" && HOLDS.test(text.slice(list[j - 1]!.m.end, x.m.start)));
        const between = k > a ? list.slice(a + 1, k) : [];
        if (k > a && !between.some((x) => PLACES.has(x.m.type)) && !/[。;]/.test(text.slice(A.m.end, list[k]!.m.start))) {
          rel("LOCATED_IN", list[k]!.i, A.i);
          for (let j = k + 1, at = list[k]!.m.end; j < list.length && text[at] === "、" && list[j]!.m.start === at + 1 && list[j]!.m.type === "Zone"; j++) {
            rel("LOCATED_IN", list[j]!.i, A.i);
            at = list[j]!.m.end;
          }
        }
      }
      // "徐州依托…成立了Y": Y is in that city
      if ((A.m.type === "City" || A.m.type === "District") && text.slice(A.m.end, A.m.end + 2) === "依托") {
        const target = list.slice(a + 1).find((x) => (x.m.type === "Lab" || x.m.type === "Project" || x.m.type === "Organization") && BUILD.test(text.slice(list[a + 1]!.m.end, x.m.start)));
        if (target && list[a + 1]!.m.type === "Organization") rel("LOCATED_IN", target.i, A.i);
      }
    }
  }

  // "Z…,(逐步)在园区建设A、B和C": what is built 在园区 is in the zone the sentence named before it
  for (const list of sentences) {
    const s = doc.sentences[list[0]!.m.sentence]!;
    for (const m of text.slice(s.start, s.end).matchAll(IN_THE_PARK)) {
      const at = s.start + m.index!;
      const Z = list.filter((x) => x.m.type === "Zone" && x.m.end <= at).pop();
      if (!Z) continue;
      for (const x of list) {
        if (x.m.start < at + m[0].length || /[。;]/.test(text.slice(at, x.m.start))) continue;
        const smaller = x.m.type === "Zone" && zoneRank(x.m.canonical ?? x.m.name) < zoneRank(Z.m.canonical ?? Z.m.name);
        if (smaller || x.m.type === "Project") rel("LOCATED_IN", x.i, Z.i);
      }
    }
  }

  // "Z…形成A、B、C“一区三园”的格局", "…成立了A、B、C3个专业化园区": the parks a count of parks closes are
  // the parts of the larger zone the sentence names before them
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (A.m.type !== "Zone" || (a > 0 && list[a - 1]!.m.type === "Zone" && text[A.m.start - 1] === "、")) continue;
      const run = [A];
      for (let k = a + 1; k < list.length && list[k]!.m.type === "Zone" && text.slice(run[run.length - 1]!.m.end, list[k]!.m.start) === "、"; k++) run.push(list[k]!);
      const last = run[run.length - 1]!;
      if (run.length < 2 || !PARKS_COUNTED.test(text.slice(last.m.end, last.m.end + 14))) continue;
      const rank = Math.max(...run.map((x) => zoneRank(x.m.canonical ?? x.m.name)));
      // (or, where the sentence names none, the zone whose page it is: "成立了A、B、C3个专业化园区")
      const Z = list.slice(0, a).reverse().find((x) => x.m.type === "Zone" && zoneRank(x.m.canonical ?? x.m.name) > rank && !/[。;]/.test(text.slice(x.m.end, A.m.start)))?.i ?? homeZoneOf(mentions, rc);
      if (Z !== undefined && zoneRank(mentions[Z]!.canonical ?? mentions[Z]!.name) > rank) for (const x of run) rel("LOCATED_IN", x.i, Z);
    }
  }

  // a park named with its zone in front is in that zone, where the page names the zone on its own too
  // (宿州高新区埇桥园区 in 宿州高新区, 徐州高新区安全科技产业园 in 徐州高新区)
  const zones = mentions.map((m, i) => ({ m, i })).filter((x) => x.m.type === "Zone" && !x.m.via);
  for (const x of zones) {
    const own = x.m.canonical ?? x.m.name;
    const parent = zones.find((y) => (y.m.canonical ?? y.m.name) !== own && y.m.name.length >= 4 && x.m.name.length > y.m.name.length + 1 && x.m.name.startsWith(y.m.name) && zoneRank(y.m.canonical ?? y.m.name) > zoneRank(own));
    if (parent) rel("LOCATED_IN", x.i, parent.i);
  }

  const located = new Set<number>();
  for (const r of [...already, ...out]) if (r.type === "LOCATED_IN") located.add(r.head);

  // "在(已建成的)Z内,已成功落户A、B、C等…企业": what settled in the zone the clause opens with is in it
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const Z = list[a]!;
      if (Z.m.type !== "Zone" || !/在[^,。;:、]{0,8}$/.test(text.slice(Math.max(0, Z.m.start - 9), Z.m.start))) continue;
      const verb = IN_ZONE_SETTLED.exec(text.slice(Z.m.end, Z.m.end + 16));
      if (!verb) continue;
      for (let k = a + 1, at = Z.m.end + verb[0].length; k < list.length && list[k]!.m.start === at && (list[k]!.m.type === "Organization" || list[k]!.m.type === "Project"); k++) {
        const x = list[k]!;
        if (!located.has(x.i)) {
          located.add(x.i);
          rel("LOCATED_IN", x.i, Z.i);
        }
        at = x.m.end + (/^[、和及]/.test(text.slice(x.m.end, x.m.end + 1)) ? 1 : 0);
        if (at === x.m.end) break;
      }
    }
  }
  // a sentence or clause that opens with a county, town or zone is about that place's projects
  // ("濉溪县新开工项目40个,…较大的项目有…万顺包装材料项目"; "罗庄区人民政府与…签约的G60…项目")
  for (const list of sentences) {
    const s = doc.sentences[list[0]!.m.sentence]!;
    const clauses = new Map<number, typeof list>();
    for (const x of list) {
      const cut = clauseStart(text, s.start, x.m.start, ",:");
      const c = clauses.get(cut) ?? [];
      c.push(x);
      clauses.set(cut, c);
    }
    const groups: [number, typeof list][] = [[s.start, list], ...clauses];
    for (const [from, group] of groups) {
      const first = group[0]!;
      // (a city only for the firms it is said to hold: its projects are placed by the page's home)
      const cityHolds = first.m.type === "City" && HOLDS_AFTER.test(text.slice(first.m.end, first.m.end + 8));
      if (!(first.m.type === "District" || first.m.type === "Town" || first.m.type === "Zone" || cityHolds)) continue;
      const lead = text.slice(from, first.m.start);
      if (lead.length > 8 && !/[,:]$/.test(lead)) continue;
      for (const x of group.slice(1)) {
        // (an enterprise too, where the place is said to hold it: "徐州高新区已集聚A、B等企业")
        // (or the clause that lists the firms opens with such a verb: "Z坚持…,先后集聚A、B等优质企业")
        const listedFrom = clauseStart(text, s.start, x.m.start, ",");
        const holds = x.m.type === "Organization" && ((first.m.type === "Zone" && HOLDS_FIRMS.test(text.slice(first.m.end, group[1]!.m.start))) || HOLDS_AFTER.test(text.slice(first.m.end, first.m.end + 8)) || (first.m.type === "Zone" && listedFrom > first.m.end && LISTS_FIRMS.test(text.slice(listedFrom, x.m.start))));
        if (!((!cityHolds && (x.m.type === "Project" || x.m.type === "Lab")) || holds) || located.has(x.i)) continue;
        // an item named with its own county (相山区源创客科技小镇) is there, not in the clause's place
        if (startsWithPlace(x.m.canonical ?? x.m.name, rc.gazetteer, rc.context)?.type === "District") continue;
        if (x.m.leadVerb && PARTNER_VERBS.test(x.m.leadVerb)) continue;
        // (a university is placed by its own name, unless the zone is said to hold it: 大学园已累计入驻济宁医学院)
        if (elsewhere(x.m, first.m, rc, text) && !(holds && !elsewhere({ ...x.m, type: "Project" }, first.m, rc, text))) continue;
        // another place in between speaks for the ones after it
        if (group.some((y) => y.m.start > first.m.start && y.m.start < x.m.start && (y.m.type === "District" || y.m.type === "Zone" || y.m.type === "City"))) continue;
        located.add(x.i);
        rel("LOCATED_IN", x.i, first.i);
      }
    }
  }

  // a paragraph that opens with a zone or a county lists that place's projects, enterprises and parks
  const byParagraph = new Map<number, typeof order>();
  for (const x of order) {
    const p = doc.sentences[x.m.sentence]?.paragraph ?? -1;
    const list = byParagraph.get(p) ?? [];
    list.push(x);
    byParagraph.set(p, list);
  }
  const paragraphStart = new Map<number, number>();
  const paragraphEnd = new Map<number, number>();
  for (const s of doc.sentences) {
    if (!paragraphStart.has(s.paragraph)) paragraphStart.set(s.paragraph, s.start);
    paragraphEnd.set(s.paragraph, s.end);
  }
  for (const [p, list] of byParagraph) {
    const first = list[0];
    const pStart = paragraphStart.get(p) ?? 0;
    if (!first || !(first.m.type === "Zone" || first.m.type === "District") || text.slice(pStart, first.m.start).trim().length > 2) continue;
    for (const x of list.slice(1)) {
      if (!(x.m.type === "Project" || x.m.type === "Organization" || x.m.type === "Zone" || x.m.type === "Lab")) continue;
      if (x.m.type === "Zone" && first.m.type === "District") continue; // a zone's place comes from its name or the register
      // (a park is inside a larger kind of zone, not a sibling of its own kind: 苏宿工业园区…;市洋河新区…)
      if (x.m.type === "Zone" && zoneRank(x.m.canonical ?? x.m.name) >= zoneRank(first.m.canonical ?? first.m.name)) continue;
      if (x.m.leadVerb && PARTNER_VERBS.test(x.m.leadVerb)) continue;
      // (nor the firm the place signs with: "巨野县与华宝投资股份公司签订…")
      if (x.m.type === "Organization" && text[x.m.start - 1] === "与" && SIGNS_AFTER.test(text.slice(x.m.end, x.m.end + 16))) continue;
      if (located.has(x.i) || elsewhere(x.m, first.m, rc, text)) continue;
      located.add(x.i);
      rel("LOCATED_IN", x.i, first.i);
    }
  }
  // a page in sections headed by a place alone on its line ("沭阳县⏎红柳纺织项目由…⏎…⏎泗阳县⏎…") lists under
  // each heading that place's projects and firms, up to the next heading (two headings at least make the
  // page one of sections, not a page that opens with its place)
  const paragraphs = [...byParagraph].sort((a, b) => a[0] - b[0]);
  const headingOf = ([p, list]: (typeof paragraphs)[number]): number | undefined => {
    const only = list[0];
    if (list.length !== 1 || !only || !(only.m.type === "District" || only.m.type === "Town" || only.m.type === "Zone" || only.m.type === "City")) return undefined;
    return text.slice(paragraphStart.get(p) ?? 0, paragraphEnd.get(p) ?? 0).trim() === text.slice(only.m.start, only.m.end) ? only.i : undefined;
  };
  if (paragraphs.filter((x) => headingOf(x) !== undefined).length >= 2) {
    let heading: number | undefined;
    for (const paragraph of paragraphs) {
      const h = headingOf(paragraph);
      if (h !== undefined) {
        heading = h;
        continue;
      }
      if (heading === undefined) continue;
      for (const x of paragraph[1]) {
        if (!(x.m.type === "Project" || x.m.type === "Organization" || x.m.type === "Lab") || located.has(x.i) || elsewhere(x.m, mentions[heading]!, rc, text)) continue;
        if (x.m.leadVerb && PARTNER_VERBS.test(x.m.leadVerb)) continue;
        located.add(x.i);
        rel("LOCATED_IN", x.i, heading);
      }
    }
  }
  // a sentence that opens with the zone the one before it named (区内现拥有A、B、C等…品牌, 园内已入驻…) lists
  // that zone's firms and projects
  for (let n = 1; n < sentences.length; n++) {
    const list = sentences[n]!;
    const s = doc.sentences[list[0]!.m.sentence]!;
    if (!ZONE_ANAPHOR.test(text.slice(s.start, s.end).replace(/^[\s\u3000]+/, ""))) continue;
    const prev = sentences[n - 1]!;
    if (prev[0]!.m.sentence !== s.index - 1 || doc.sentences[prev[0]!.m.sentence]!.paragraph !== s.paragraph) continue;
    const Z = prev.filter((x) => x.m.type === "Zone").pop();
    if (!Z) continue;
    for (const x of list) {
      if ((x.m.type !== "Organization" && x.m.type !== "Project") || located.has(x.i) || elsewhere(x.m, Z.m, rc, text)) continue;
      located.add(x.i);
      rel("LOCATED_IN", x.i, Z.i);
    }
  }
  // (and so does a clause that opens so: "启动区占地238亩,区内已建成A、B、C等项目": the zone named last before it,
  // in this sentence or the one before in its paragraph)
  for (let n = 0; n < sentences.length; n++) {
    const list = sentences[n]!;
    const s = doc.sentences[list[0]!.m.sentence]!;
    const prev = n > 0 && sentences[n - 1]![0]!.m.sentence === s.index - 1 && doc.sentences[s.index - 1]!.paragraph === s.paragraph ? sentences[n - 1]! : [];
    for (const m of text.slice(s.start, s.end).matchAll(CLAUSE_ANAPHOR)) {
      const at = s.start + m.index! + m[0].length - m[2]!.length;
      const end = clauseEnd(text, at, s.end, ",，;；。");
      const Z = [...prev, ...list].filter((x) => x.m.type === "Zone" && x.m.end <= at).pop();
      if (!Z) continue;
      for (const x of list) {
        if (x.m.start < at || x.m.end > end || (x.m.type !== "Organization" && x.m.type !== "Project") || located.has(x.i) || elsewhere(x.m, Z.m, rc, text)) continue;
        located.add(x.i);
        rel("LOCATED_IN", x.i, Z.i);
      }
    }
  }
  // what the text says settled in "the park" (落户园区的爱谱生项目, 国美印务、华天印务等…项目入园以来) is in the
  // zone named last, or the page's own
  for (const x of order) {
    if (!(x.m.type === "Project" || x.m.type === "Organization" || x.m.type === "Lab") || located.has(x.i)) continue;
    const before = PARK_ANAPHOR_BEFORE.test(text.slice(Math.max(0, x.m.start - 9), x.m.start));
    const after = !before && PARK_ANAPHOR_AFTER.test(text.slice(x.m.end, x.m.end + 30));
    if (!before && !after) continue;
    // (this paragraph's or the one before it: a new paragraph goes on about the park the last one named)
    const paragraph = doc.sentences[x.m.sentence]?.paragraph ?? 0;
    const Z = order.filter((z) => z.m.type === "Zone" && z.m.start < x.m.start && (doc.sentences[z.m.sentence]?.paragraph ?? -9) >= paragraph - 1).pop()?.i ?? homeZoneOf(mentions, rc);
    if (Z === undefined) continue;
    located.add(x.i);
    rel("LOCATED_IN", x.i, Z);
  }
  return out;
}

// the words by which a sentence calls the zone it speaks of "the park" and says what settled there
const PARK_ANAPHOR_BEFORE = /(落户|入驻|进驻|位于|坐落于|落地)(园区|该园区|开发区|园内|区内|园区内)的$/;
const PARK_ANAPHOR_AFTER = /^(、[^,。;:]{2,16}?)*(等[^,。;:]{0,12}?)?(项目|企业)?(已|先后|陆续|相继)?(入园|入区|落户园区|入驻园区)/;

// what a clause says settled in the zone it opens with (在Z|内,已成功落户|A、B…)
const IN_ZONE_SETTLED = /^(内|里|中|区内|园内)?[,，]?(目前|已经|已|成功|先后|累计|共|还|现)*(落户|入驻|进驻|引进|集聚|聚集|汇聚|建成|吸引)(了)?/;

// a clause after a comma that does the same (…,区内已建成A、B等项目)
const CLAUSE_ANAPHOR = /[,，;；](?:目前|现在|如今)?((区内|园内|园区内|开发区内)(目前|现在|已经|已|现|共|先后|还|也)*(拥有|集聚|聚集|汇聚|入驻|引进|落户|建成))/g;

// a sentence that calls the zone named before it by its kind and says what it holds
// (a time may come first: "目前,区内已集聚中国建材等…")
const ZONE_ANAPHOR = /^((目前|现在|如今|近年来|同时|此外)[,，]?)?(区内|园内|园区内|开发区内|该园区|该区)(目前|现在|已经|已|现|共|先后|还|也)*(拥有|集聚|聚集|汇聚|入驻|引进|落户|有)/;

/** The mention of the zone whose own page the document is (its heading names it), where there is one. */
function homeZoneOf(mentions: RuleInput["mentions"], rc: RuleInput["rc"]): number | undefined {
  const zone = rc.home?.zone;
  if (!zone) return undefined;
  const i = mentions.findIndex((m) => m.type === "Zone" && !m.via && (m.canonical ?? m.name) === zone);
  return i >= 0 ? i : undefined;
}

/** How large a kind of zone is: a new area or development zone holds industrial parks, which hold parks and bases. */
function zoneRank(name: string): number {
  if (/(新区|开发区|高新区|经开区|试验区|片区|港务区|科技城)$/.test(name)) return 3;
  if (/(工业园区|产业园区|园区|集聚区)$/.test(name)) return 2;
  return 1;
}
