import { BUILD, collector, HOSTABLE, jointParties, PARTNER, PLACES, type Item, type RuleInput } from "./shared.ts";
import type { RelationMention } from "../types.ts";

// "罗欣药业筹建的Y", "由X投资建设的Y", "X承建的Y": the builder before a relative clause
// (an amount may stand between: "X投资10亿元建设的Y", "X总投资5000万元的Y")
const AMOUNT = "(?:总?投资)?(?:约|超|近)?[0-9.]+(?:亿|万)(?:元|美元)?";
// a verb of building, or at least a sum: a bare 的 or nothing between the two names is no builder's clause
// (an adverb of time may stand before the verb: "X新投资的Y", "X已建成的Y")
const BUILT_BY = new RegExp(`^(?:新|又|再|先后|正在|已|拟|将|计划)?(牵头|投资|联合|共同|合作)?(?:(?:${AMOUNT})?(筹建|组建|建设|共建|承建|打造|设立|成立|兴建|投建|运营|投资|签约)|${AMOUNT})的?["“]?$`);
// "Y由X(投资)建设/承建/运营"
// (how it builds may come first: 由X独家打造, 由X全资建设)
const BY_AFTER = new RegExp(`^(独家|全资|独资|负责)?(投资|牵头|负责|开发)?(${AMOUNT})?(建设|兴建|投建|承建|运营|筹建|组建|成立|打造|实施)`);
// a unit's role in building an institute, before or after its name
const ROLE_BEFORE = /(牵头单位|共建单位|依托单位|承建单位|建设单位|参建单位)[:：]?$/;
// the party a project names by its role: "项目投资方为X", "建设主体:X", "项目业主是X"
const PROJECT_ROLE = /(投资方|投资主体|建设主体|项目业主|业主单位|项目法人|实施主体)(为|是|系|[:：])$/;
const ROLE_AFTER = /^等?(牵头|共建|依托|承建|参建)单位/;
const INSTITUTE_NAME = /(研究院|研究所|实验室|研究中心|创新中心|工程中心|技术中心)$/;
// what stands between builders and what they build: "等联合拟在我县产业集聚区建设“", "共同投资建设"
const BUILDERS_BEFORE = new RegExp(`^等?(?:[0-9一二三四五六七八九十]+家)?(?:企业|公司)?(?:(?:联合|共同|合作|携手)(?:拟|将|计划|正在|已)?(?:在[^,。;:]{1,20}?)?|(?:拟|将|计划|正在|已)?(?:在|于)P+)(?:${AMOUNT})?(?:投资)?(?:建设|兴建|打造|投建|新建|筹建|开发建设)的?["“]?$`);
const BUILD_ALL = new RegExp(BUILD.source, "g");
const ORG_ENDING = /(股份有限公司|有限责任公司|有限公司|集团|公司)$/;

// the kinds a unit of an organisation is named by
const UNIT_KIND = /(医院|分院|研究院|研究所|研究中心|中心|学院|分公司|分厂|工作站|实验室|基地|研发部|事业部|校区|平台)$/;

/** HOSTED_BY: built on, relies on, set up or run by (依托, 由…建设, X筹建的Y), and names built on an owner's name. */
export function hostedBy({ text, mentions, order, sentences, rc }: RuleInput): RelationMention[] {
  const { out, rel } = collector(mentions);
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const A = list[a]!;
      const B = list[a + 1];
      if (B) {
        const between = text.slice(A.m.end, B.m.start);
        // "X依托Y" (not "A依托B合作共建…": there A is a builder)
        if (HOSTABLE.has(A.m.type) && B.m.type === "Organization" && /^(依托|由)$/.test(between) && !/^(合作)?(共建|建设|成立|组建)/.test(text.slice(B.m.end, B.m.end + 4))) rel("HOSTED_BY", A.i, B.i);
        // an owner's name directly before a lab or project (淮北师范大学安徽省…重点实验室)
        if (A.m.type === "Organization" && (B.m.type === "Lab" || B.m.type === "Project") && between === "") rel("HOSTED_BY", B.i, A.i);
        // "X的Y项目": a company's project or lab (睿阳精密工业股份有限公司的金属半固态制浆技术项目)
        if (A.m.type === "Organization" && (B.m.type === "Project" || B.m.type === "Lab") && between === "的") rel("HOSTED_BY", B.i, A.i);
        // "X筹建的Y", "X投资建设的Y"
        if (A.m.type === "Organization" && HOSTABLE.has(B.m.type) && BUILT_BY.test(between)) rel("HOSTED_BY", B.i, A.i);
        // "X旗下(的)Y", "X下属Y", "X全资子公司Y": a company's own unit
        if (A.m.type === "Organization" && (B.m.type === "Organization" || B.m.type === "Lab" || B.m.type === "Project") && /^(旗下|下属|所属|控股|全资|的子公司|的全资子公司|子公司)(的|公司|子公司)?$/.test(between)) rel("HOSTED_BY", B.i, A.i);
      }
      // "A与B(签订)共建Y": Y is hosted by both builders
      if (HOSTABLE.has(A.m.type) && a >= 1 && /(?:^|签订|签署)(?:合作|联合)?共建$/.test(text.slice(list[a - 1]!.m.end, A.m.start))) {
        const B0 = list[a - 1]!;
        const gap = text.slice(B0.m.end, A.m.start);
        if (PARTNER.has(B0.m.type) && gap.length <= 6) {
          rel("HOSTED_BY", A.i, B0.i);
          const A0 = list[a - 2];
          if (A0 && PARTNER.has(A0.m.type) && /^(还|又|也)?(分别)?与$/.test(text.slice(A0.m.end, B0.m.start))) rel("HOSTED_BY", A.i, A0.i);
        }
      }
      // "Y由X投资建设"
      if (HOSTABLE.has(A.m.type)) {
        const C = list[a + 1];
        if (C && C.m.type === "Organization" && /^[,，]?(该项目|项目)?由$/.test(text.slice(A.m.end, C.m.start))) {
          // (by several together: "由A和B共同投资建设")
          const builders = [C];
          for (let k = a + 2; k < list.length && list[k]!.m.type === "Organization" && /^[和、与及]$/.test(text.slice(builders[builders.length - 1]!.m.end, list[k]!.m.start)); k++) builders.push(list[k]!);
          const end = builders[builders.length - 1]!.m.end;
          if (BY_AFTER.test(text.slice(end, end + 10).replace(/^(共同|联合|合作)/, ""))) for (const b of builders) rel("HOSTED_BY", A.i, b.i);
        }
      }
      // "(由A、B)依托X(等单位)…成立/共建(的)…Y": Y is hosted by X (and by the organisations that set it up)
      if (A.m.type === "Organization" && /依托$/.test(text.slice(Math.max(0, A.m.start - 2), A.m.start))) {
        // (what the verb builds stands in its clause, not in a later one: "依托X…,设立了博士工作站,与韩国新兴化学公司合作")
        const built = (x: Item) => {
          const between = text.slice(A.m.end, x.m.start);
          const verbs = [...between.matchAll(BUILD_ALL)];
          return verbs.length > 0 && !/[,;。]/.test(between.slice(verbs[verbs.length - 1]!.index!));
        };
        const target = list.slice(a + 1).find((x) => HOSTABLE.has(x.m.type) && built(x));
        if (target) {
          rel("HOSTED_BY", target.i, A.i);
          for (const x of list.slice(0, a)) {
            const gap = text.slice(x.m.end, A.m.start);
            if (x.m.type === "Organization" && /^[、和及与]?$|^依托$/.test(gap.replace(/依托$/, ""))) rel("HOSTED_BY", target.i, x.i);
          }
        }
      }
      // "X牵头成立Y": Y is hosted by X
      if (PARTNER.has(A.m.type) && /^牵头(成立|组建|发起)/.test(text.slice(A.m.end, A.m.end + 6))) {
        const B2 = list[a + 1];
        if (B2 && HOSTABLE.has(B2.m.type)) rel("HOSTED_BY", B2.i, A.i);
      }
    }
  }
  // a name built on an owner's name: 山东沂新光电科技有限公司精密电子玻璃项目, 恒信…项目 (恒信集团), 徐州医科大学附属医院
  const orgs = new Map<string, number>();
  // (not a place's name, 牡丹|医投公司: 牡丹区's, whose other names open with it too)
  const place = (b: string) => !!rc.gazetteer.get(b) || ["县", "区", "市"].some((x) => !!rc.gazetteer.get(b + x)?.units);
  const ownerForms = (name: string, i: number): void => {
    // (a place in brackets is where the unit is registered, no part of the brand: 亲亲食品集团(香港)股份有限公司)
    const bare = name.replace(/\([\u4e00-\u9fa5]{2,4}\)/g, "");
    const stem = bare.replace(ORG_ENDING, "").replace(/股份$/, "").replace(ORG_ENDING, "");
    if (stem.length >= 2 && stem !== name && !orgs.has(stem)) orgs.set(stem, i);
    // (a group named by brand and generic trades, 苏科高新|产业|集团, names its projects by the brand)
    const core = stem.replace(/(产业|发展|投资|控股|实业|科技)+$/, "");
    if (core.length >= 3 && core !== stem && !orgs.has(core) && !rc.gazetteer.get(core)) orgs.set(core, i);
    // a company named by brand and trade (国宏化工, 恒信集团) names its projects by the brand (国宏30万吨…项目)
    const brand = stem.slice(0, 2);
    if (stem.length === 4 && /^[\u4e00-\u9fa5]{4}$/.test(stem) && !orgs.has(brand) && !place(brand)) orgs.set(brand, i);
    // a registered name opens with its place, the brand comes after it (厦门|海辰|储能科技股份有限公司 names its
    // projects 海辰…, 山东海辰…项目; 江苏|联瑞新材料 names 联瑞新材料…项目)
    const local = withoutPlace(stem, rc);
    if (local === stem) return;
    if (local.length >= 3 && !orgs.has(local)) orgs.set(local, i);
    const localCore = local.replace(/(产业|发展|投资|控股|实业|科技)+$/, "");
    // (and by its brand and trade without the generic ones: 江苏|苏铝新材料|科技有限公司 names 苏铝新材料项目)
    if (localCore.length >= 3 && localCore !== local && !orgs.has(localCore) && !rc.gazetteer.get(localCore)) orgs.set(localCore, i);
    const localBrand = localCore.slice(0, 2);
    if ((localCore.length === 4 || (localCore.length === 2 && localCore !== local)) && /^[\u4e00-\u9fa5]+$/.test(localCore) && !orgs.has(localBrand) && !place(localBrand)) orgs.set(localBrand, i);
  };
  for (const { m, i } of order) {
    if (m.type !== "Organization") continue;
    const full = m.canonical ?? m.name;
    if (!orgs.has(full)) orgs.set(full, i);
    // (and the form the text uses, a curated short name: 欣旺达 names 欣旺达二期)
    if (m.name.length >= 2 && !orgs.has(m.name)) orgs.set(m.name, i);
    // (by the full name and the form the text uses: 京东集团 names 京东智慧城项目 where the curated full name is
    // 北京京东世纪贸易有限公司)
    for (const name of new Set([full, m.name])) ownerForms(name, i);
  }
  const done = new Set<string>();
  for (const { m, i } of order) {
    if (!HOSTABLE.has(m.type)) continue;
    const full = m.canonical ?? m.name;
    // (a firm that shares a brand with another is its sibling, not its unit: 山推重工 and 山推股份, 小松优特力 and
    // 小松山推; a unit is named by its kind: …附属医院, …研究院, …分公司)
    if (m.type === "Organization" && !UNIT_KIND.test(full)) continue;
    // (a project may open with its place too: 山东|海辰…项目)
    const names = m.type === "Project" ? [full, withoutPlace(full, rc)] : [full];
    names: for (const name of new Set(names)) {
      for (let k = Math.min(name.length - 2, 24); k >= 2; k--) {
        const owner = orgs.get(name.slice(0, k));
        if (owner === undefined) continue;
        const o = mentions[owner]!;
        if ((o.canonical ?? o.name) === full) break names;
        const key = `${full}|${owner}`;
        if (!done.has(key)) {
          done.add(key);
          rel("HOSTED_BY", i, owner);
        }
        break names;
      }
    }
  }
  // a joint institute named by its two parties (徐工机械—宝山钢铁股份有限公司联合实验室) is hosted by both
  for (const { m, i } of order) {
    if (m.type !== "Lab" && m.type !== "Organization") continue;
    const parties = jointParties(m, mentions);
    if (parties) for (const p of parties) rel("HOSTED_BY", i, p);
  }
  // "Y…,(项目)是由X开发建设的…", "Y建设现场…,项目由X投资兴建": the project the sentence opens with is built by X
  for (const list of sentences) {
    const subject = list[0];
    if (!subject || subject.m.type !== "Project") continue;
    for (const X of list.slice(1)) {
      if (X.m.type === "Project") break;
      if (X.m.type !== "Organization" || !/(是由|项目由|该项目由)$/.test(text.slice(Math.max(0, X.m.start - 3), X.m.start))) continue;
      if (BY_AFTER.test(text.slice(X.m.end, X.m.end + 8))) rel("HOSTED_BY", subject.i, X.i);
      break;
    }
  }
  // "(巨野县)与X签订Y项目": the company a place signs a project with is the project's investor
  for (const list of sentences) {
    for (let a = 0; a + 1 < list.length; a++) {
      const X = list[a]!;
      const Y = list[a + 1]!;
      if (X.m.type !== "Organization" || Y.m.type !== "Project" || text[X.m.start - 1] !== "与") continue;
      if (/^(成功|正式|现场)?(签订|签约|签署)(了)?["“]?$/.test(text.slice(X.m.end, Y.m.start))) rel("HOSTED_BY", Y.i, X.i);
    }
  }
  // "A、B等联合拟在Z建设“Y”项目": the companies before a verb of building are Y's builders
  for (const list of sentences) {
    for (let a = 1; a < list.length; a++) {
      const Y = list[a]!;
      if (!HOSTABLE.has(Y.m.type)) continue;
      // (the builders stand a few names before, at most: places between them)
      let x = a - 1;
      while (x >= Math.max(0, a - 4) && list[x]!.m.type !== "Organization") x--;
      if (x < Math.max(0, a - 4)) continue;
      // (the places between stand as P: "X在P投资建设的Y", "X等联合拟在P建设Y")
      let between = "";
      let at = list[x]!.m.end;
      for (const p of list.slice(x + 1, a)) {
        if (!PLACES.has(p.m.type) || p.m.start < at) {
          between = "?";
          break;
        }
        between += text.slice(at, p.m.start) + "P";
        at = p.m.end;
      }
      between += text.slice(at, Y.m.start);
      if (!BUILDERS_BEFORE.test(between)) continue;
      for (let k = x; k >= Math.max(0, x - 12) && list[k]!.m.type === "Organization"; k--) {
        rel("HOSTED_BY", Y.i, list[k]!.i);
        if (k === 0 || !/^[、和及与]$/.test(text.slice(list[k - 1]!.m.end, list[k]!.m.start))) break;
      }
    }
  }
  // "A、B、C,分别依托X、Y、Z": each is hosted by its own, in order
  for (const list of sentences) {
    for (let a = 0; a < list.length; a++) {
      const X = list[a]!;
      if (X.m.type !== "Organization" || !/分别(依托|由)$/.test(text.slice(Math.max(0, X.m.start - 4), X.m.start))) continue;
      const hosts = [X];
      for (let k = a + 1; k < list.length && list[k]!.m.type === "Organization" && text.slice(hosts[hosts.length - 1]!.m.end, list[k]!.m.start) === "、"; k++) hosts.push(list[k]!);
      const hosted: typeof hosts = [];
      for (let k = a - 1; k >= 0 && HOSTABLE.has(list[k]!.m.type); k--) {
        const gap = text.slice(list[k]!.m.end, (hosted[0] ?? X).m.start);
        if (hosted.length ? gap !== "、" : !/^[,，]?分别(依托|由)$/.test(gap)) break;
        hosted.unshift(list[k]!);
      }
      if (hosted.length >= 2 && hosted.length === hosts.length) hosted.forEach((h, n) => rel("HOSTED_BY", h.i, hosts[n]!.i));
    }
  }
  // the units named by their role in building an institute ("牵头单位X", "A、B等共建单位", "依托单位:X") host
  // the institute the text last named
  for (let n = 0; n < order.length; n++) {
    const { m, i } = order[n]!;
    if (m.type !== "Organization") continue;
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    const after = text.slice(m.end, m.end + 8);
    let role = ROLE_BEFORE.test(before);
    // (a list: each item up to the role after 等)
    if (!role && /^(、|及|和)/.test(after)) {
      let k = n + 1;
      while (k < order.length && order[k]!.m.type === "Organization" && /^(、|及|和)$/.test(text.slice(order[k - 1]!.m.end, order[k]!.m.start))) k++;
      role = ROLE_AFTER.test(text.slice(order[k - 1]!.m.end, order[k - 1]!.m.end + 8));
    }
    if (!role && !ROLE_AFTER.test(after)) continue;
    const institute = order.slice(0, n).reverse().find((x) => x.m.type === "Lab" || (x.m.type === "Organization" && INSTITUTE_NAME.test(x.m.canonical ?? x.m.name)));
    if (institute && institute.i !== i) rel("HOSTED_BY", institute.i, i);
  }
  // the party a project names by its role hosts the project the sentence last named ("…项目,投资方为X")
  for (const list of sentences) {
    for (let a = 1; a < list.length; a++) {
      const X = list[a]!;
      if (X.m.type !== "Organization" || !PROJECT_ROLE.test(text.slice(Math.max(0, X.m.start - 6), X.m.start))) continue;
      const project = list.slice(0, a).reverse().find((y) => y.m.type === "Project");
      if (project) rel("HOSTED_BY", project.i, X.i);
    }
  }
  // a university's own news speaks of itself as 我校/学校: its labs are hosted by it
  if (/(我校|本校|该校|学校)/.test(text)) {
    const tally = new Map<string, { n: number; i: number }>();
    for (const { m, i } of order) {
      const name = m.canonical ?? m.name;
      if (m.type !== "Organization" || !/(大学|学院)$/.test(name)) continue;
      const t = tally.get(name) ?? { n: 0, i };
      t.n++;
      tally.set(name, t);
    }
    const top = [...tally.values()].sort((a, b) => b.n - a.n || a.i - b.i);
    const hosted = new Set(out.map((r) => r.head));
    if (top[0] && (top.length === 1 || top[0].n > top[1]!.n)) {
      for (const { m, i } of order) if (m.type === "Lab" && !hosted.has(i)) rel("HOSTED_BY", i, top[0].i);
    }
  }
  return out;
}

/** A name without the place it opens with (厦门海辰储能科技 → 海辰储能科技, 山东海辰…项目 → 海辰…项目). */
function withoutPlace(name: string, rc: RuleInput["rc"]): string {
  const hit = rc.gazetteer.longestAt(name, 0);
  return hit?.value.units && name.length - hit.end >= 4 ? name.slice(hit.end) : name;
}
