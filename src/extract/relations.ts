import type { SourceDocument } from "../ingest/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { NodeType } from "../ontology/index.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import { startsWithPlace } from "./places.ts";
import type { Trie } from "./trie.ts";
import type { DocumentHome, Mention, RelationMention } from "./types.ts";

const PLACES: ReadonlySet<NodeType> = new Set(["Zone", "District", "Town", "City"]);
const LOCATABLE: ReadonlySet<NodeType> = new Set(["Project", "Lab", "Organization", "Zone", "Infrastructure"]);
const HOSTABLE: ReadonlySet<NodeType> = new Set(["Lab", "Project", "Organization"]);
const PARTNER: ReadonlySet<NodeType> = new Set(["City", "Organization"]);
const PARTNER_VERBS = /^(对接|合作|联合|携手|共建|联系|引进|引入)/;
const COOPERATE = /(共同|合作|共建|联合|联动|协同|搭建|开展|对接|签署|携手|联防联控|互认|共享)/;
const BUILD = /(成立|组建|建设|共建|建成|设立|打造|建立)/;
const POINT = /(机场|码头|作业区|港|站)$/;

export interface RelationContext {
  home?: DocumentHome;
  gazetteer: Trie<GazetteerEntry>;
  context: Map<string, number>;
  kb: Knowledge;
}

/** Relations stated by trigger words inside a sentence, by the layout of a paragraph, and by the document's home. */
export function findRelations(doc: SourceDocument, mentions: Mention[], rc: RelationContext): RelationMention[] {
  const out: RelationMention[] = [];
  const text = doc.norm;
  const order = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !m.via).sort((a, b) => a.m.start - b.m.start);
  const located = new Set<number>();
  const rel = (type: RelationMention["type"], head: number, tail: number) => {
    if (head === tail) return;
    out.push({ type, head, tail, sentence: mentions[head]!.sentence });
    if (type === "LOCATED_IN" || (type === "PART_OF" && mentions[head]!.type === "Zone")) located.add(head);
  };

  // ---- within a sentence
  const bySentence = new Map<number, { m: Mention; i: number }[]>();
  for (const x of order) {
    const list = bySentence.get(x.m.sentence) ?? [];
    list.push(x);
    bySentence.set(x.m.sentence, list);
  }
  for (const [, list] of bySentence) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      const B = list[a + 1];
      if (B) {
        const between = text.slice(A.m.end, B.m.start);
        // "X位于/落户Y"
        if (LOCATABLE.has(A.m.type) && PLACES.has(B.m.type) && /^(位于|落户|落地|坐落于|建在|在)$/.test(between)) rel("LOCATED_IN", A.i, B.i);
        // "位于Y的X", "Y的X" with Y a place and X locatable, "Y X" (徐州高新区卓曜…)
        if (PLACES.has(A.m.type) && LOCATABLE.has(B.m.type) && A.m.type !== B.m.type && (between === "的" || between === "") && /(位于|落户|地处)$/.test(text.slice(Math.max(0, A.m.start - 3), A.m.start))) rel("LOCATED_IN", B.i, A.i);
        // "徐州苏皖鲁豫省际交界地区区域中心城市": the city is in the region it is a centre of
        if (A.m.type === "City" && B.m.type === "Region" && between === "" && /^(的)?(区域性?)?中心城市/.test(text.slice(B.m.end, B.m.end + 8))) rel("MEMBER_OF", A.i, B.i);
        // "X依托Y"
        // (not "A依托B合作共建…": there A is a builder)
        if (HOSTABLE.has(A.m.type) && B.m.type === "Organization" && /^(依托|由)$/.test(between) && !/^(合作)?(共建|建设|成立|组建)/.test(text.slice(B.m.end, B.m.end + 4))) rel("HOSTED_BY", A.i, B.i);
      }
      // "(由A、B)依托X(等单位)…成立/共建(的)…Y": Y is hosted by X (and by the organisations that set it up)
      if (A.m.type === "Organization" && /依托$/.test(text.slice(Math.max(0, A.m.start - 2), A.m.start))) {
        const target = list.slice(a + 1).find((x) => HOSTABLE.has(x.m.type) && BUILD.test(text.slice(A.m.end, x.m.start)));
        if (target) {
          rel("HOSTED_BY", target.i, A.i);
          for (const x of list.slice(0, a)) {
            const gap = text.slice(x.m.end, A.m.start);
            if (x.m.type === "Organization" && /^[、和及与]?$|^依托$/.test(gap.replace(/依托$/, ""))) rel("HOSTED_BY", target.i, x.i);
            // "徐州依托…成立了Y": Y is in that city
            if ((x.m.type === "City" || x.m.type === "District") && gap.endsWith("依托") && gap.length <= 4) rel("LOCATED_IN", target.i, x.i);
          }
        }
      }
      // "X牵头成立Y": Y is hosted and led by X; "在X牵头下,…Y(region)"
      const after = text.slice(A.m.end, A.m.end + 6);
      if (PARTNER.has(A.m.type) && /^牵头(成立|组建|发起)/.test(after)) {
        const B2 = list[a + 1];
        if (B2 && HOSTABLE.has(B2.m.type)) {
          rel("HOSTED_BY", B2.i, A.i);
          rel("LEADS", A.i, B2.i);
        }
      }
      if (PARTNER.has(A.m.type) && /^牵头下/.test(after)) {
        const B2 = list.slice(a + 1).find((x) => x.m.type === "Region" || x.m.type === "Zone" || x.m.type === "Organization");
        if (B2) rel("LEADS", A.i, B2.i);
      }
      if (PARTNER.has(A.m.type) && /^(引领带动|带动|引领)/.test(after)) {
        const B2 = list[a + 1];
        if (B2 && (B2.m.type === "Region" || B2.m.type === "Zone")) rel("LEADS", A.i, B2.i);
      }
    }
    // "A与B(、C)…共同/合作": cooperation between cities and organisations
    const sEnd = Math.max(...list.map((x) => x.m.end));
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (!PARTNER.has(A.m.type)) continue;
      if (text[A.m.end] !== "与" && text[A.m.end] !== "和") continue;
      const partners: { m: Mention; i: number }[] = [];
      let at = A.m.end + 1;
      for (const x of list.slice(a + 1)) {
        if (x.m.start !== at || !PARTNER.has(x.m.type)) break;
        partners.push(x);
        at = x.m.end;
        if (text[at] !== "、") break;
        at++;
      }
      if (!partners.length) continue;
      const rest = text.slice(at, Math.min(sEnd + 40, at + 60));
      if (text[A.m.end] === "和" && !/^[^,。;]*(共同|合作|联合|携手)/.test(rest)) continue;
      if (!COOPERATE.test(rest.split(/[。;]/)[0]!)) continue;
      for (const p of partners) rel("COOPERATES_WITH", A.i, p.i);
    }
    // "(加强|强化)与B的…合作/联动" with the subject earlier in the sentence (or the document's home city)
    for (const B of list) {
      if (!PARTNER.has(B.m.type)) continue;
      const before = text.slice(Math.max(0, B.m.start - 3), B.m.start);
      if (!/(加强|强化|深化|并|将|,)?与$/.test(before) || list.some((x) => x.m.end === B.m.start - 1 && PARTNER.has(x.m.type))) continue;
      // the partners: B and those listed after it ("与菏泽、亳州、淮北等地共同…")
      const partners = [B];
      for (let at = B.m.end, k = list.indexOf(B) + 1; text[at] === "、" && list[k]?.m.start === at + 1 && PARTNER.has(list[k]!.m.type); k++) {
        partners.push(list[k]!);
        at = list[k]!.m.end;
      }
      const last = partners[partners.length - 1]!;
      if (!COOPERATE.test(text.slice(last.m.end, last.m.end + 24).split(/[,。;]/)[0]!)) continue;
      const subject = list.find((x) => (x.m.start < B.m.start && PARTNER.has(x.m.type) && x.m.type !== B.m.type) || (x.m.start < B.m.start && x.m.type === "Organization"));
      const home = homeMention(mentions, rc.home?.city?.code);
      const from = subject?.i ?? home;
      if (from === undefined) continue;
      for (const p of partners) if (mentions[from]!.code === undefined || mentions[from]!.code !== p.m.code) rel("COOPERATES_WITH", from, p.i);
    }
    // a line through places: "中欧班列通过满洲里、二连浩特、霍尔果斯等口岸"; "徐民高速菏泽段"
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

  // ---- a paragraph that opens with a zone lists that zone's projects, enterprises and parks
  const byParagraph = new Map<number, { m: Mention; i: number }[]>();
  for (const x of order) {
    const p = doc.sentences[x.m.sentence]?.paragraph ?? -1;
    const list = byParagraph.get(p) ?? [];
    list.push(x);
    byParagraph.set(p, list);
  }
  const paragraphStart = new Map<number, number>();
  for (const s of doc.sentences) if (!paragraphStart.has(s.paragraph)) paragraphStart.set(s.paragraph, s.start);
  for (const [p, list] of byParagraph) {
    const first = list[0];
    const pStart = paragraphStart.get(p) ?? 0;
    if (!first || first.m.type !== "Zone" || text.slice(pStart, first.m.start).trim().length > 2) continue;
    for (const x of list.slice(1)) {
      if (!(x.m.type === "Project" || x.m.type === "Organization" || x.m.type === "Zone" || x.m.type === "Lab")) continue;
      if (x.m.leadVerb && PARTNER_VERBS.test(x.m.leadVerb)) continue;
      if (located.has(x.i)) continue;
      rel("LOCATED_IN", x.i, first.i);
    }
  }

  // ---- zones are part of the place their name starts with, or of the document's home
  const homeDistrict = homeMention(mentions, rc.home?.district?.code);
  const homeCity = homeMention(mentions, rc.home?.city?.code);
  const homePlace = homeDistrict ?? homeCity;
  const done = new Set<string>();
  for (const { m, i } of order) {
    const key = `${m.type}|${m.canonical ?? m.name}`;
    if (done.has(key) || located.has(i)) continue;
    if (m.type === "Zone") {
      done.add(key);
      const u = startsWithPlace(m.name, rc.gazetteer, rc.context);
      if (u && (u.type === "City" || u.type === "District")) {
        const t = mentions.findIndex((x) => x.code === u.code && !x.via);
        if (t >= 0) rel("PART_OF", i, t);
        else {
          mentions.push({ type: u.type, name: u.name, canonical: u.name, code: u.code, start: m.start, end: m.end, sentence: m.sentence, via: "line" });
          rel("PART_OF", i, mentions.length - 1);
        }
      } else if (homePlace !== undefined) rel("PART_OF", i, homePlace);
      continue;
    }
    // projects in a report are in the report's place; named local organisations (徐州…, 市…) too
    const homeName = rc.home?.city?.name;
    const homeShort = homeName?.replace(/市$/, "");
    const local =
      (!!homeShort && (m.name.includes(homeShort) || m.name.startsWith("市"))) ||
      /(全市|我市|本市|市内)有?[^,。;]{0,4}$/.test(text.slice(Math.max(0, m.start - 8), m.start)) ||
      (m.type === "Infrastructure" && POINT.test(m.name));
    if (m.type === "Project" && homePlace !== undefined) {
      done.add(key);
      rel("LOCATED_IN", i, local && homeCity !== undefined && !homeDistrict ? homeCity : homePlace);
    } else if ((m.type === "Organization" || m.type === "Lab" || (m.type === "Infrastructure" && POINT.test(m.name))) && local && homeCity !== undefined) {
      done.add(key);
      rel("LOCATED_IN", i, homeCity);
    }
  }
  return out;
}

/** The first mention of the home division named in the text (not one read from a name). */
function homeMention(mentions: Mention[], code: string | undefined): number | undefined {
  if (!code) return undefined;
  const i = mentions.findIndex((m) => m.code === code && !m.via);
  return i >= 0 ? i : undefined;
}
