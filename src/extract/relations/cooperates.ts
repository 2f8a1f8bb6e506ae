import { clauseStart, collector, COUNTRY_BEFORE, homeMention, jointParties, PARTNER, type Item, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

// a party's short form in brackets after its name (…有限公司(SGS)), and a list's separator after it
const SHORT_FORM = "\\([^()]{1,12}\\)";
const LISTED_AFTER = new RegExp(`^(${SHORT_FORM})?、$`);
const BEFORE_PARTNER = new RegExp(`^${SHORT_FORM}(?=[与和])`);
const COOPERATE = /(共同|合作|共建|联合|联动|协同|搭建|开展|对接|签署|签订|签约|携手|联防联控|互认|共享)/;

/** COOPERATES_WITH: "A与B(、C)…合作/共建", "(加强)与B的…合作" with the subject or the document's home city. */
export function cooperatesWith({ doc, text, mentions, sentences, rc }: RuleInput): RelationMention[] {
  const { out, rel } = collector(mentions);
  let carried: number | undefined;
  for (const list of sentences) {
    const sEnd = Math.max(...list.map((x) => x.m.end));
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (!PARTNER.has(A.m.type)) continue;
      // (the last of a list of parties: "杨府锦、德兰和创、食亿鲜等3家企业与淮北师范大学签订…")
      // (a short form in brackets may follow it: …有限公司(SGS)与)
      const end = A.m.end + (BEFORE_PARTNER.exec(text.slice(A.m.end, A.m.end + 15))?.[0].length ?? 0);
      const etc = /^等[^,。;:、与和]{0,10}与/.exec(text.slice(end, end + 14));
      if (text[end] !== "与" && text[end] !== "和" && !etc) continue;
      const parties = [A];
      // (a short form in brackets may follow a party: 通标标准技术服务有限公司(SGS)、)
      // (not the second of a pair before it: "徐州与宿州、徐州与淮北共同…" are two pairs)
      for (let k = a - 1; k >= 0 && LISTED_AFTER.test(text.slice(list[k]!.m.end, parties[0]!.m.start)) && PARTNER.has(list[k]!.m.type) && !/[与和]/.test(text[list[k]!.m.start - 1] ?? ""); k--) parties.unshift(list[k]!);
      const partners: Item[] = [];
      let at = etc ? end + etc[0].length : end + 1;
      for (const x of list.slice(a + 1)) {
        // a province among the parties is no partner the ontology knows, but the list goes on after it
        // (or where it opens the next pair: "A与B、C与D")
        // (items the dictionary does not read may stand between: "与浙大系、浙商系、国药集团、…")
        const skipped = x.m.start !== at && /^(?:[^,。;:、与和]{1,12}、)+$/.test(text.slice(at, x.m.start));
        if ((x.m.start !== at && !skipped) || (!PARTNER.has(x.m.type) && x.m.type !== "Province") || (partners.length && text[x.m.end] === "与")) break;
        if (PARTNER.has(x.m.type)) partners.push(x);
        at = x.m.end;
        if (text[at] !== "、" && text[at] !== "及") break;
        at++;
      }
      if (!partners.length) continue;
      const rest = text.slice(at, Math.min(sEnd + 40, at + 60));
      if (text[end] === "和" && !/^[^,。;]*(共同|合作|联合|携手)/.test(rest)) continue;
      if (!COOPERATE.test(rest.split(/[。;]/)[0]!)) continue;
      // (each party of a list before 与 signs with the partners: a list is not one party only where it ends on 等…)
      for (const x of parties.length > 1 || etc ? parties : [A]) for (const p of partners) if (x.i !== p.i) rel("COOPERATES_WITH", x.i, p.i);
      // "A与B、C共同出资": every party works with every other
      if (/^共同/.test(rest)) for (let i = 0; i < partners.length; i++) for (let j = i + 1; j < partners.length; j++) rel("COOPERATES_WITH", partners[i]!.i, partners[j]!.i);
    }
    // "X分别与A签订…;与B签订…": the subject of the first clause carries over the semicolons
    if (text[doc.sentences[list[0]!.m.sentence]!.start - 1] !== ";") carried = undefined;
    for (const B of list) {
      if (!PARTNER.has(B.m.type)) continue;
      // (同 is 与 too: "同清华大学合作"; a foreign partner's country may stand between: "与韩国|新兴化学公司合作")
      const before = text.slice(Math.max(0, B.m.start - 8), B.m.start).replace(COUNTRY_BEFORE, "");
      if (!/(加强|强化|深化|并|将|,)?[与同]$/.test(before) || list.some((x) => x.m.end === B.m.start - 1 && PARTNER.has(x.m.type))) continue;
      // the partners: B and those listed after it ("与菏泽、亳州、淮北等地共同…")
      const partners = [B];
      for (let at = B.m.end, k = list.indexOf(B) + 1; text[at] === "、" && list[k]?.m.start === at + 1 && PARTNER.has(list[k]!.m.type); k++) {
        partners.push(list[k]!);
        at = list[k]!.m.end;
      }
      const last = partners[partners.length - 1]!;
      if (!COOPERATE.test(text.slice(last.m.end, last.m.end + 24).split(/[,。;]/)[0]!)) continue;
      // the subject stands before 与 in the same clause; a county or zone there (费县人民政府与…) is no partner
      // the ontology knows. With nothing there a city's report speaks for its city when it names other cities
      // ("与菏泽、亳州、淮北等地共同…"); with a firm or an institute it was mostly wrong (on the dev pages 5
      // of the 6 edges it made were not in gold: news pages leave out other subjects), so none is made
      const from = clauseStart(text, doc.sentences[B.m.sentence]!.start, B.m.start, ",;。");
      const inClause = list.filter((x) => x.m.end <= B.m.start - 1 && x.m.start >= from);
      const nearest = inClause[inClause.length - 1];
      if (nearest && !PARTNER.has(nearest.m.type)) continue;
      // a new list item between them opens with a party the text names without a name we know
      // ("复旦大学与浦亚照明、中国工程院…院士团队与中安智慧…")
      if (nearest && text.slice(nearest.m.end, B.m.start).includes("、")) continue;
      // (or the sentence's own subject, the party it opens with: one named in passing further on is not
      // the one who signs, 建设济南市民休闲…,也与山东省中医院签订)
      const sStart = doc.sentences[B.m.sentence]!.start;
      const opener = list[0]!;
      // (a place where it happens is no subject: 在临沂市发改委,赵晖一行…并与X对接合作)
      const lead = text.slice(sStart, opener.m.start).replace(/^[\s\u3000]+/, "");
      const opens = opener.m.start < B.m.start && lead.length <= 8 && !/[在于到从]$/.test(lead);
      const subject = nearest ?? (opens && ((PARTNER.has(opener.m.type) && opener.m.type !== B.m.type) || opener.m.type === "Organization") ? opener : undefined);
      const continues = !nearest && text[from - 1] === ";" && /^与$/.test(text.slice(from, B.m.start));
      const home = partners.every((p) => p.m.type === "City") ? homeMention(mentions, rc.home?.city?.code) : undefined;
      const by = continues && carried !== undefined ? carried : subject?.i ?? home;
      if (subject) carried = subject.i;
      if (by === undefined) continue;
      for (const p of partners) if (mentions[by]!.code === undefined || mentions[by]!.code !== p.m.code) rel("COOPERATES_WITH", by, p.i);
    }
  }
  // "A牵头,联合B(、C)…共建": the one who leads works with the ones it joins
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      if (!PARTNER.has(A.m.type) || !/^[,，]?(牵头|主导)[,，]?(联合|携手|会同)$/.test(text.slice(A.m.end, list[a + 1]?.m.start ?? A.m.end))) continue;
      for (let k = a + 1, at = A.m.end; k < list.length && PARTNER.has(list[k]!.m.type); k++) {
        const gap = text.slice(at, list[k]!.m.start);
        if (k > a + 1 && !/^[、和及与]$/.test(gap)) break;
        rel("COOPERATES_WITH", A.i, list[k]!.i);
        at = list[k]!.m.end;
      }
    }
  }
  // a partner's school speaks for its university: working with 临沂大学物理与电子工程学院 is working with 临沂大学
  for (const r of [...out]) {
    if (r.type !== "COOPERATES_WITH") continue;
    for (const [x, y] of [[r.head, r.tail], [r.tail, r.head]] as const) {
      const school = mentions[y]!;
      const university = mentions.findIndex((u, j) => j !== y && u.type === "Organization" && u.start === school.start && u.end < school.end && /(大学|学院)$/.test(u.name));
      if (university >= 0 && university !== x) rel("COOPERATES_WITH", x, university);
    }
  }
  // the two parties a joint institute is named by work together (徐工机械—宝山钢铁股份有限公司联合实验室)
  for (const [i, m] of mentions.entries()) {
    if (m.via || (m.type !== "Lab" && m.type !== "Organization")) continue;
    const parties = jointParties(m, mentions);
    if (parties) rel("COOPERATES_WITH", parties[0], parties[1]);
  }
  // "(日照市…)与我市签署…协议": the writer's own city is the document's home city
  const home = homeMention(mentions, rc.home?.city?.code);
  if (home !== undefined) {
    for (const list of sentences) {
      const s = doc.sentences[list[0]!.m.sentence]!;
      for (const m of text.slice(s.start, s.end).matchAll(/与我市/g)) {
        const at = s.start + m.index!;
        if (!COOPERATE.test(text.slice(at + 3, at + 27).split(/[,。;]/)[0]!)) continue;
        // the subject: the last other city named before it in the sentence
        const subject = list.filter((x) => x.m.end <= at && x.m.type === "City" && x.m.code !== mentions[home]!.code).pop();
        if (subject) rel("COOPERATES_WITH", subject.i, home);
      }
    }
  }
  return out;
}
