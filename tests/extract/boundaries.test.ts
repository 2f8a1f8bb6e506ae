import { describe, expect, it } from "vitest";
import { orgs, read, rels } from "./helpers.ts";

const names = (ex: ReturnType<typeof read>) => ex.mentions.filter((m) => !m.via).map((m) => `${m.type}:${m.canonical ?? m.name}`);

// Rules that come from the language and the region, each shown on a sentence written for the test.
describe("name boundaries from parts of speech", () => {
  it("leaves verbs, ordinals and headline marks in front of a name out of it", () => {
    const ex = read("一是启用市第三人民医院。二是推进海瑞新能源电池项目。快讯丨江苏师范大学举行校庆。");
    const n = names(ex);
    expect(n).toEqual(expect.arrayContaining(["Organization:市第三人民医院", "Project:海瑞新能源电池项目", "Organization:江苏师范大学"]));
    expect(n.some((x) => /启用|推进|一是|二是|快讯/.test(x))).toBe(false);
  });

  it("leaves out verbs of carrying out, entering and introducing, which are predicates (开展, 进入, 介绍): no zone 临沂经济进入开发区", () => {
    expect(names(read("临沂经济进入开发区已经跨入全国482家国家级产业园。")).filter((n) => n.startsWith("Zone:"))).toEqual([]);
    expect(names(read("徐州观音机场开展二期扩建工程。"))).not.toContain("Project:徐州观音机场开展二期扩建工程");
    expect(names(read("江苏中能硅业拿下上市公司双良节能百亿大单。"))).not.toContain("Organization:江苏中能硅业拿下上市公司");
  });

  it("starts the first of a list of short names after a pronoun (该镇|华能线缆、箭波通讯…)", () => {
    expect(orgs("该镇华能线缆、箭波通讯、鲁南牧工商肉联厂、建安公司等九家企业通过了认证。")).toEqual(expect.arrayContaining(["华能线缆", "箭波通讯"]));
    expect(orgs("该镇华能线缆、箭波通讯、鲁南牧工商肉联厂、建安公司等九家企业通过了认证。")).not.toContain("该镇华能线缆");
  });

  it("starts a name after 及 or 对 that jieba glues to the city's own 市 (总经理徐君|及市|人民医院, 三方面|对市|洋河新区)", () => {
    expect(orgs("市建投集团党委副书记、总经理徐君及市人民医院领导班子成员参加了会议。")).toEqual(["市建投集团", "市人民医院"]);
    // (and so does a preposition: 三方面|对市|洋河新区)
    expect(names(read("分别从三方面对市洋河新区做了全面介绍。")).filter((n) => n.startsWith("Zone:"))).toEqual(["Zone:市洋河新区"]);
  });

  it("stops at a verb that follows a place or a person (X市召开…, 主会场设在…)", () => {
    const n = names(read("宿迁市召开恒达智能装备项目推进会,主会场设在市湖滨新区天成光电项目现场。"));
    expect(n).toEqual(expect.arrayContaining(["Project:恒达智能装备项目", "Project:天成光电项目"]));
    expect(n.some((x) => /召开|设在/.test(x))).toBe(false);
  });

  it("leaves an adverb and verb the dictionary tags as a noun (充分发挥) out of the name after it", () => {
    const n = names(read("旨在充分发挥宝钢股份中央研究院的技术优势,要充分发挥徐州市技术产权交易中心作用。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:宝钢股份中央研究院", "Organization:徐州市技术产权交易中心"]));
    expect(n.some((x) => x.includes("充分"))).toBe(false);
  });

  it("ends a builder's name at its legal form, before an adverb of time (尚舜化工集团|新|投资的…项目)", () => {
    const ex = read("尚舜化工集团新投资的恒舜精细化工项目,建设了生产线。");
    expect(names(ex)).toContain("Organization:尚舜化工集团");
    expect(rels(ex)).toContain("HOSTED_BY:恒舜精细化工项目->尚舜化工集团");
  });

  it("keeps a lab's field that ends on what is done to a noun, where a place opens the name (…与环境修复重点实验室)", () => {
    expect(names(read("获批安徽省污染物敏感材料与环境修复重点实验室。"))).toContain("Lab:安徽省污染物敏感材料与环境修复重点实验室");
    expect(names(read("实地查看实验室。")).filter((x) => x.startsWith("Lab"))).toEqual([]);
  });

  it("keeps a grammatical character that completes a bound morpheme inside a name (南池|御|都|花园二期项目)", () => {
    expect(names(read("开工南池御都花园二期项目。"))).toContain("Project:南池御都花园二期项目");
    // (where it stands after a word of its own it is the sentence's: 园区|都|建成)
    expect(names(read("开发区都建成了孵化器项目。")).some((x) => x.includes("都"))).toBe(false);
  });

  it("keeps a range of numbers inside a works' name (48至49号…泊位工程) and leaves a verb's complement 出 out (梳理出|…项目)", () => {
    const n = names(read("徐圩港区四港池48至49号液体散货泊位工程、赣榆港区4号至6号散货泊位工程完成交工验收。已初步梳理出中泉润澜生命科学生殖医康养中心项目。"));
    expect(n).toEqual(expect.arrayContaining(["Project:徐圩港区四港池48至49号液体散货泊位工程", "Project:赣榆港区4号至6号散货泊位工程", "Project:中泉润澜生命科学生殖医康养中心项目"]));
  });

  it("keeps a verb a name is built on (知识产权保护中心, 创新创业联盟)", () => {
    expect(names(read("成立淮海经济区创新创业联盟。"))).toContain("Organization:淮海经济区创新创业联盟");
  });
});

describe("a place in front of a name", () => {
  it("splits a county in front of an owner's project off into LOCATED_IN", () => {
    const ex = read("临沭县鑫岳新材料项目开工。");
    expect(names(ex)).toContain("Project:鑫岳新材料项目");
    expect(rels(ex)).toContain("LOCATED_IN:鑫岳新材料项目->临沭县");
  });

  it("splits the whole chain of places off, province and city before the county (山东临沂市沂南县|山东盛祥食品二期项目)", () => {
    const ex = read("山东临沂市沂南县山东盛祥食品二期项目开工。临沂市郯城县鑫岳新材料项目投产。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Project:山东盛祥食品二期项目", "Project:鑫岳新材料项目"]));
    expect(rels(ex)).toEqual(expect.arrayContaining(["LOCATED_IN:山东盛祥食品二期项目->沂南县", "LOCATED_IN:鑫岳新材料项目->郯城县"]));
  });

  it("keeps the place where only a description would be left (灵璧县物流产业园项目)", () => {
    expect(names(read("灵璧县物流产业园项目开工。"))).toContain("Project:灵璧县物流产业园项目");
  });

  it("splits a county off a registered company name that starts with its own place", () => {
    const ex = read("兰陵县山东祥和新材料有限公司投产。");
    expect(names(ex)).toContain("Organization:山东祥和新材料有限公司");
  });

  it("reads a project or firm named once with its place in front and once without as one (邳州爱谱生项目 = 爱谱生项目, 平高企业集团 = 上海平高企业集团)", () => {
    const ex = read("落户园区的爱谱生项目是光莆股份投资建设。邳州爱谱生项目负责人说,环评已批复。连云港高新区与上海平高企业集团签约。平高企业集团董事长表示。");
    const n = names(ex);
    expect(n).toContain("Project:爱谱生项目");
    expect(n).not.toContain("Project:邳州爱谱生项目");
    expect(n).not.toContain("Organization:平高企业集团");
    // (a name that two places stand in front of is two things)
    const two = names(read("北京平高企业集团和上海平高企业集团签约。平高企业集团表示。"));
    expect(two).toContain("Organization:平高企业集团");
  });

  it("gives an enumeration's items the shared ending and their county's place", () => {
    const ex = read("推进沛县瑞丰光伏组件、邳州恒远精密制造等一批带动能力强的重点项目。", "徐州市项目建设");
    expect(names(ex)).toEqual(expect.arrayContaining(["Project:沛县瑞丰光伏组件项目"]));
    expect(rels(ex)).toContain("LOCATED_IN:沛县瑞丰光伏组件项目->沛县");
  });
});

describe("kinds of names real pages use", () => {
  it("reads ports, stations, new areas and free-trade-zone parts", () => {
    const n = names(read("连云港港吞吐量增长。菏泽东站投用。宿迁湖滨新区、中国(江苏)自由贸易试验区连云港片区加快建设。"));
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:连云港港", "Infrastructure:菏泽东站", "Zone:宿迁湖滨新区", "Zone:中国(江苏)自由贸易试验区连云港片区"]));
    expect(n).not.toContain("Infrastructure:连云港");
  });

  it("reads an organisation by its role: the builder before 筹建的, the partner of a signing", () => {
    const ex = read("华信药业筹建的“山东省代谢疾病重点实验室”获批。沂水县人民政府与华瑞能源签约的沂水储能电站项目落地。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:华信药业", "Organization:华瑞能源"]));
    expect(rels(ex)).toContain("HOSTED_BY:山东省代谢疾病重点实验室->华信药业");
  });
});

describe("relations from structure", () => {
  it("hosts a project named after its owner by that owner", () => {
    expect(rels(read("华阳集团气凝胶板材生产项目签约。"))).toContain("HOSTED_BY:华阳集团气凝胶板材生产项目->华阳集团");
  });

  it("locates a plant named for its place there (…枣庄分院)", () => {
    expect(rels(read("青岛科技大学枣庄研究院揭牌。"))).toEqual(expect.arrayContaining(["LOCATED_IN:青岛科技大学枣庄研究院->枣庄市"]));
  });

  it("reads a route place by place", () => {
    // (京港高铁 is the line also called 京九高铁, data/line-abbreviations.json)
    const r = rels(read("京港高铁自商丘引出,经亳州,至阜阳。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:京九高铁->商丘市", "CONNECTS:京九高铁->亳州市", "CONNECTS:京九高铁->阜阳市"]));
  });

  it("takes the home of a district's own report from how it speaks of itself (全区)", () => {
    const ex = read("徐州市鼓楼区召开大会。全区新开工项目30个,鼓楼区彭城智谷项目投用。");
    expect(ex.home?.district?.name).toBe("鼓楼区");
  });

  it("does not take a news lead's place for the page's home (…推进会在南京召开)", () => {
    const ex = read("新华社讯 全省重大项目推进会在南京召开,徐州市作为分会场。徐州市开工项目143个,徐州市高新区、徐州经济技术开发区分别开工20个。");
    expect(ex.home?.city?.name).toBe("徐州市");
  });

  it("leaves category nouns, dates, glued prepositions and adverb-led verbs in front of a list or name out of it", () => {
    expect(names(read("当地引入全国500强企业星宇集团,又迎来211高校南昌大学。"))).toEqual(expect.arrayContaining(["Organization:星宇集团", "Organization:南昌大学"]));
    expect(names(read("食品产业,以青禾公司、玉泉油脂、丰源粮油等企业为龙头。"))).toEqual(expect.arrayContaining(["Organization:青禾公司"]));
    expect(names(read("园区现拥有格美、澳丽雅、香泉等20余个知名品牌。"))).toContain("Organization:格美");
    const n = names(read("去年3月初公司试投产,由该公司研发的项目已投产;盯准上海、天津、广东等地电子企业集中地;联科是集焦化生产、苯类加工、干熄焦发电等为一体的企业。"));
    expect(n.filter((x) => x.startsWith("Organization"))).toEqual([]);
  });

  it("keeps a province's short form in a provincial zone's name, but not a province with 省 or a city before a county", () => {
    const zones = (t: string) => names(read(t)).filter((n) => n.startsWith("Zone"));
    expect(zones("江苏沭阳经济开发区新开工项目12个。")).toEqual(["Zone:江苏沭阳经济开发区"]);
    expect(zones("安徽省灵璧经济开发区新开工项目12个。")).toEqual(["Zone:灵璧经济开发区"]);
    expect(zones("安徽宿州萧县经济开发区新开工项目12个。")).toEqual(["Zone:萧县经济开发区"]);
  });

  it("reads a long project name whole: a verb after a distinguishing word, capacities, and 及 before a second product", () => {
    const n = names(read("第5名,兰陵县恒安国家级创新药柯拉替生全国首创项目;第1名,费县华光年产10GWp光伏组件及2GWh智慧储能系统生产基地项目;"));
    expect(n).toEqual(expect.arrayContaining(["Project:恒安国家级创新药柯拉替生全国首创项目", "Project:华光年产10GWp光伏组件及2GWh智慧储能系统生产基地项目"]));
    expect(names(read("投资1.5亿元的科信化工1.2万吨/年低分子量聚异丁烯技改项目建成投产。"))).toContain("Project:科信化工1.2万吨/年低分子量聚异丁烯技改项目");
    // (a verb of relation after such a word is still a predicate: 主要|在于|河南工业大学)
    expect(names(read("短板主要在于河南工业大学。"))).toContain("Organization:河南工业大学");
  });

  it("names a train between two places by both (临沂东至满洲里班列, 徐州至连云港班列), however jieba glues 至", () => {
    expect(names(read("临沂东至满洲里班列于2022年7月27日正式开行。"))).toContain("Infrastructure:临沂东至满洲里班列");
    expect(names(read("加开徐州至连云港班列。"))).toContain("Infrastructure:徐州至连云港班列");
  });

  it("takes the county a news lead opens with, after a dateline naming its city, for the page's home (本报济宁…讯…,任城区…)", () => {
    const text = "本报济宁3月1日讯(记者唐修岳)今天上午,任城区2019年第一批重大项目集中开工仪式举行。市人大常委会副主任出席。\n集中开工的项目有融创滨江壹号二期项目、南池御都花园二期项目等。";
    const ex = read(text);
    expect(ex.home?.district?.name).toBe("任城区");
    expect(rels(ex)).toContain("LOCATED_IN:融创滨江壹号二期项目->任城区");
    // (a county named elsewhere in the lead is where something happened, not the page's subject)
    expect(read("本报济宁3月1日讯 全市推进会在任城区召开。会议部署全年工作,济宁市各县区参加。").home?.district).toBeUndefined();
  });

  it("does not take the far end of a route in the title for the page's home (临沂至满洲里班列)", () => {
    const title = "物流园开园暨枣庄至满洲里(国内)班列首发仪式举行";
    const home = read(`${title}\n7月27日,物流园开园暨枣庄至满洲里(国内)班列首发仪式在枣庄火车站举行。枣庄市薛城区领导致辞。`, title).home;
    expect(home?.city?.name).toBe("枣庄市");
    expect(home?.district).toBeUndefined();
  });

  it("keeps a project's owner before a quoted coinage (宿州传化“公路港”…项目), but not a description before it", () => {
    const n = names(read("宿州传化“公路港”物流产业园项目加快建设,南部片区供暖“汽改水”技改工程完工。"));
    expect(n).toContain("Project:宿州传化“公路港”物流产业园项目");
    expect(n.some((x) => x.startsWith("Project:南部片区"))).toBe(false);
  });
});

describe("lists whose marks bound their items", () => {
  it("leaves a date and a county out of a listed firm's name, the county its place", () => {
    const ex = read("2024年铜山区恒瑞食品、金龙面粉等5家企业入选省级农业龙头企业。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:恒瑞食品", "Organization:金龙面粉"]));
    expect(names(ex).filter((n) => /年/.test(n))).toEqual([]);
    expect(rels(ex)).toContain("LOCATED_IN:恒瑞食品->铜山区");
  });

  it("splits off the county in front of a listed project even where a zone's name follows it (云龙区|淮海科技城光电产业园)", () => {
    const ex = read("云龙区淮海科技城光电产业园、华远物流中心两个项目并列第一。");
    expect(names(ex)).toContain("Project:淮海科技城光电产业园");
    expect(names(ex).filter((x) => x.includes("云龙区淮海"))).toEqual([]);
    expect(rels(ex)).toContain("LOCATED_IN:淮海科技城光电产业园->云龙区");
  });

  it("reads the firms listed before 等N家…“小巨人” as organisations", () => {
    expect(names(read("重点培育华星机械、远东精工、凯达焊接等4家国家级专精特新“小巨人”。"))).toEqual(expect.arrayContaining(["Organization:华星机械", "Organization:远东精工", "Organization:凯达焊接"]));
  });

  it("reads each item of a list of …项目 as a project, from one 、 to the next", () => {
    const n = names(read("目前,宏达家具项目、小天鹅照明电器项目、金鼎建材项目主体已完工。"));
    expect(n).toEqual(expect.arrayContaining(["Project:宏达家具项目", "Project:小天鹅照明电器项目", "Project:金鼎建材项目"]));
    // (the last item where 项目 closes its clause, the first after its lead-in)
    const m = names(read("亿元以上项目3个,分别是泰和职业培训学院项目、秦庄商务大厦项目、中梁商业地产项目;"));
    expect(m).toEqual(expect.arrayContaining(["Project:泰和职业培训学院项目", "Project:秦庄商务大厦项目", "Project:中梁商业地产项目"]));
    // (a list of kinds of project names none)
    expect(names(read("抓好产业项目、民生项目、物流园项目、基础设施项目。")).filter((x) => x.startsWith("Project"))).toEqual([]);
  });
});

describe("a list of projects that names firms and roads, and governments", () => {
  it("reads a group in a list of projects as the firm (苏州创元集团3个项目), a road's number as the road (G206、S302等…公路项目), a road's length as no road (国道298.65公里), and a government as no node", () => {
    const n = names(read("新建元集团6个项目、苏州创元集团3个项目相继落户。加快建设G206、G104、S302等14个国省干线一级公路项目。其中,国道298.65公里,省道375.14公里。中电光谷与淮北市杜集区政府签署战略合作协议。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:苏州创元集团", "Infrastructure:G206", "Infrastructure:S302"]));
    expect(n.some((x) => /^Project:(苏州创元集团|G206)|国道298|省道375|政府/.test(x))).toBe(false);
    // (nor is a ministry a partner node: 河南省与国家粮食局共建)
    expect(names(read("河南工业大学为河南省与国家粮食局共建高校。")).some((x) => x.includes("粮食局"))).toBe(false);
  });
});

describe("groups named by one rare word", () => {
  it("reads firms named by a brand and the stone or coking trade (靓丽石材、华泰石材, 临涣焦化)", () => {
    const n = names(read("目前,靓丽石材、华泰石材、弘祥成建材等企业已入驻。临涣焦化年产10万吨甲醇项目开工。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:靓丽石材", "Organization:华泰石材", "Organization:临涣焦化"]));
  });

  it("reads a group or company named by one rare common noun as a brand (雨润集团, 天元集团, 湾流公司), not one named by its sector (水务集团, 船务公司)", () => {
    const n = names(read("梁山县引进雨润集团投资建设。天元集团项目部负责人介绍。美国湾流公司计划在我市建设维保中心。水务集团和船务公司参加。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:雨润集团", "Organization:天元集团", "Organization:湾流公司"]));
    expect(n.some((x) => /水务集团|船务公司/.test(x))).toBe(false);
  });
});

describe("lists of firms closed by 等在内的 or a count of big ones", () => {
  it("reads a list of firms closed by 等 and the quoted titles they bear (等“独角兽”、“瞪羚”企业)", () => {
    const n = names(read("形成以艾孚特科技、中再生华惠等“独角兽”、“瞪羚”企业为骨干的产业体系。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:艾孚特科技", "Organization:中再生华惠"]));
  });

  it("reads the firms of A、B等在内的数百家企业 and of A、B5大…企业, foreign ones without their country, and no fields counted as 三大工业园区", () => {
    const n = names(read("成功吸纳了山推股份、日本小松山推、美国伊顿液压、德国格林机械等在内的数百家企业。已形成小松优特力、山推重工、中国重汽集团5大工程机械企业带动下的配套企业。该区围绕做大铝、医药、农副产品三大工业园区发展。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:山推股份", "Organization:小松山推", "Organization:伊顿液压", "Organization:格林机械", "Organization:小松优特力", "Organization:山推重工"]));
    expect(n.some((x) => /美国|日本|做大铝/.test(x))).toBe(false);
  });
});

describe("phrases that look like names and are not", () => {
  it("reads no zone in a part of town (南部开发区), no firm in a model of running (“管委会+公司”), no list in a time clause (继A、B之后又一个…项目), and no verb of position inside a region (…地处山东半岛城市群)", () => {
    const n = names(read("分步实施南部开发区老旧道路改造。深化“管委会+公司”改革。项目投产后,将成为该县继洋河产业园、福润肉类加工项目之后又一个特大绿色食品项目。鲁豫毗邻地区地处山东半岛城市群和中原城市群交汇地带。"));
    expect(n).toEqual(expect.arrayContaining(["Project:福润肉类加工项目", "Region:山东半岛城市群"]));
    expect(n.some((x) => /南部开发区|管委会|之后|地处/.test(x))).toBe(false);
  });

  it("reads no project in a phrase that ends on a conjunction before 项目 (提供运营与项目支持)", () => {
    const n = names(read("山东先进院凭借学科与产业链协同优势,为济宁先进院提供运营与项目支持。"));
    expect(n).toContain("Organization:济宁先进院");
    expect(n.some((x) => x.startsWith("Project:"))).toBe(false);
  });

  it("reads no name in a generic subsidiary (全资子公司), a class of projects (第三产业项目, …项目库优选项目) or a zone's future (未来开发区)", () => {
    const n = names(read("江苏斯茵织造有限公司是香港斯茵集团旗下全资子公司。列入新旧动能转换重大项目库优选项目。第三产业项目加快建设。推进未来开发区的产业转型。"));
    expect(n).toContain("Organization:江苏斯茵织造有限公司");
    expect(n.some((x) => /全资子公司|优选项目|第三产业|未来开发区/.test(x))).toBe(false);
  });

  it("reads no line in a station's yard (淮北北站高速场), no station in a service station's head (牡丹区站站长), and no project in 'building projects' (凝心聚力建项目)", () => {
    const n = names(read("为新建淮宿蚌城际铁路正线引入淮北北站高速场提供施工条件。副秘书长、牡丹区站站长司国胜等乡贤参加。我们要凝心聚力建项目。"));
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:淮宿蚌城际铁路", "Infrastructure:淮北北站"]));
    expect(n.some((x) => /北站高速|牡丹区站|建项目/.test(x))).toBe(false);
  });

  it("reads no zone in a kind of place (乡镇特色产业园), in where parks are planned (区内规划产业园区), or in a plan's layout (两轴两带六片区)", () => {
    const n = names(read("宿迁市各地精心打造一批乡镇特色产业园。起步区内规划产业园区5个。上亿商贸城是两轴两带六片区的重要节点。"));
    expect(n.some((x) => x.startsWith("Zone:"))).toBe(false);
  });

  it("reads no cluster or zone in what a place is rated as (被评为中国百佳产业集群), but reads the name a park is given (被命名为蓝海湾工程装备制造产业园)", () => {
    const n = names(read("东海县连续两年被评为中国百佳产业集群。这里已被命名为蓝海湾工程装备制造产业园。"));
    expect(n).toContain("Zone:蓝海湾工程装备制造产业园");
    expect(n.some((x) => x.includes("百佳"))).toBe(false);
  });

  it("reads no organisation in a centre or incubator named by its kind alone (检验检测中心, 科技企业孵化器), but one named by its owner (中煤地质总局检测中心)", () => {
    const n = names(read("建成检验检测中心和科技企业孵化器各1个。中煤地质总局检测中心入驻运营。"));
    expect(n).toContain("Organization:中煤地质总局检测中心");
    expect(n.some((x) => /^Organization:(检验检测中心|科技企业孵化器)$/.test(x))).toBe(false);
  });

  it("reads no organisation in a rank and a kind of centre (市级铝基材料工程技术研究中心, 国家级硅胶研发中心)", () => {
    const n = names(read("富士特铝业建立了市级铝基材料工程技术研究中心。公司建有国家级硅胶研发中心。"));
    expect(n.some((x) => /研究中心|研发中心/.test(x))).toBe(false);
  });

  it("reads no town in a title a town is awarded (全国千强镇, 菏泽市文明镇)", () => {
    const n = names(read("作为全国千强镇,鲍沟镇以玻璃产业为核心。庄寨镇是菏泽市重点镇、菏泽市文明镇、山东省文明镇。"));
    expect(n).toEqual(expect.arrayContaining(["Town:鲍沟镇"]));
    expect(n.some((x) => /千强镇|文明镇/.test(x))).toBe(false);
  });
});

describe("words before and around a name", () => {
  it("leaves out of a name the verbs that introduce it (借鉴运用, 这是), a class of projects standing before it (创业项目), and the verb that gives a former name (曾称)", () => {
    const n = names(read("成立伊始就以借鉴运用苏州工业园区经验为主。这是高新技术产业开发区的重点项目。宿迁市首个院士创业项目江苏先进光源技术研究院日前在宿城经济开发区揭牌。第二段为济宁至菏泽段,曾称济菏铁路。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:苏州工业园区", "Organization:江苏先进光源技术研究院", "Infrastructure:济菏铁路"]));
    expect(n.some((x) => /运用|这是|创业项目|称济/.test(x))).toBe(false);
  });

  it("keeps a person met with 与 out of the city's zone named after them", () => {
    const n = names(read("副局长王建国与市高新区副主任李明座谈。", "宿迁市科技局"));
    expect(n.filter((x) => /王建国/.test(x))).toEqual([]);
  });

  it("reads a place and a bare number before 项目 as a count, not a project (济宁5项目列入…)", () => {
    const n = names(read("枣庄7项目列入省重点建设项目,临沂12项目开工。"));
    expect(n.filter((x) => x.startsWith("Project"))).toEqual([]);
  });

  it("leaves the category 重点工程 out of the works named after it", () => {
    const n = names(read("省交通重点工程徐宿航道三期工程正式开工建设。"));
    expect(n.filter((x) => /重点工程|^Infrastructure:工程|^Project:工程/.test(x))).toEqual([]);
    expect(n).toContain("Project:徐宿航道三期工程");
  });

  it("reads a brand and trade opening a clause as a firm, whatever word follows (…药业|新产品)", () => {
    expect(names(read("今年,宏瑞药业新产品通过一致性评价。"))).toContain("Organization:宏瑞药业");
    // (trades of the region's firms: 石化, 粮油, 面粉, 特钢 …)
    expect(names(read("全国百强企业——浙江金鹰石化落户徐圩新区。"))).toContain("Organization:浙江金鹰石化");
  });

  it("keeps the verbs of a project's capacity inside its name (年处理, 5万吨|废旧…), not a date's (2023年|认定)", () => {
    expect(names(read("开工项目有,华泰年处理8万吨废旧轮胎综合利用项目,总投资6亿元。"))).toContain("Project:华泰年处理8万吨废旧轮胎综合利用项目");
    expect(names(read("2023年认定山东省工程研究中心12家。")).filter((x) => /认定/.test(x))).toEqual([]);
  });

  it("reads no project in phrases that class or place projects (上大项目, 河南固始县项目基地, 工程机械)", () => {
    const n = names(read("各县竞相上大项目、上好项目。考察组到山东曹县项目基地考察。该项目属新材料产业。壮大中国工程机械行业。"));
    expect(n.filter((x) => /^Project:/.test(x))).toEqual([]);
  });

  it("keeps 作为 and verbs of moving in out of the zone before or after them", () => {
    const n = names(read("新材料产业园作为高新区重点打造的产业载体,企业将整体迁入崇文新材料产业园。", "济宁高新区"));
    expect(n).toEqual(expect.arrayContaining(["Zone:新材料产业园", "Zone:崇文新材料产业园"]));
    expect(n.filter((x) => /作为|迁入/.test(x))).toEqual([]);
  });

  it("names a provincial road with the 线 the text gives it (省道320线), and an institute of advanced technology by 先进院", () => {
    const n = names(read("“六横”即滕平公路、省道320线、省道313线。临沂先进院依托深圳先进院建设。"));
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:省道320线", "Infrastructure:省道313线", "Organization:临沂先进院", "Organization:深圳先进院"]));
  });

  it("reads 高新 inside a name as the field it is (jieba's adverb): 宿湘高新产业园, 翔盛高新材料项目", () => {
    const n = names(read("建设宿豫高新产业园,推进恒盛高新材料项目。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:宿豫高新产业园", "Project:恒盛高新材料项目"]));
  });

  it("reads no project in a government's acts, research programmes or a building's main structure", () => {
    const n = names(read("市长李明代表市委、市政府对项目开工表示祝贺。常务副县长张华主持召开节后项目调度会。学院承担国家863项目和省自然科学基金项目。综合楼主体工程已封顶。"));
    expect(n.filter((x) => x.startsWith("Project:"))).toEqual([]);
  });

  it("reads no organisation in a government's departments a list names, but keeps a construction group's bureau", () => {
    const n = names(read("县发改委、县财政局、县自规局等18家单位参加会议。中铁十四局、中铁十局四公司等单位参建。"));
    expect(n.filter((x) => /发改委|财政局|自规局/.test(x))).toEqual([]);
    expect(n).toEqual(expect.arrayContaining(["Organization:中铁十四局", "Organization:中铁十局四公司"]));
  });

  it("reads a grand canal by its places (京杭大运河, 隋唐大运河), not by what the text does with it", () => {
    const n = names(read("宿迁奋力讲好大运河故事,加强隋唐大运河遗址保护。"));
    expect(n).toContain("Infrastructure:隋唐大运河");
    expect(n.filter((x) => /讲好|文化遗产/.test(x))).toEqual([]);
  });

  it("reads the sectors a report lists without the verbs before them (大力发展|数字经济, 做大|铝, 培育主导产业), nor classes and slogans as sectors", () => {
    const n = names(read("对接融入全市“343”创新产业集群,大力发展数字经济、大健康、现代商贸等特色产业。抓产业集聚、培育主导产业、壮大经济规模。突出新质生产力、先导产业、战略性新兴产业集群。"));
    expect(n).toEqual(expect.arrayContaining(["IndustryCluster:大健康", "IndustryCluster:现代商贸"]));
    expect(n.filter((x) => /大力|培育|新质生产力|先导产业|战略性新兴产业集群/.test(x))).toEqual([]);
  });

  it("reads sectors counted before their policy word: a pair joined by 和 (两个主导产业), a gloss in brackets, the sector's own verb (食品制造), a lead-in jieba cuts in two (做|强), nor a process of 产业 itself", () => {
    const n = names(read("即做强先进工程机械和先进农业装备两个主导产业,做精激光装备、工业机械及高端铸造4个特色产业。开发区立足食品制造(生物科技)、信息产业两大主导产业发展。抓产业集聚、培育主导产业、壮大经济规模。统筹推进传统产业升级、新兴产业壮大。"));
    expect(n).toEqual(expect.arrayContaining(["IndustryCluster:先进工程机械", "IndustryCluster:先进农业装备", "IndustryCluster:激光装备", "IndustryCluster:工业机械", "IndustryCluster:高端铸造", "IndustryCluster:食品制造", "IndustryCluster:信息产业"]));
    expect(n.filter((x) => /强先进|精激光|生物科技|产业集聚|升级|4个/.test(x))).toEqual([]);
  });

  it("reads the stations a line lists: places with or without a direction (沂南 is a place, not 沂 and 南), a village the register does not list, places sharing the last one's 站", () => {
    const n = names(read("全线设日照西、卞家寨、沂南、临沂北6座车站。沂水、兰陵和郯城站站位选址基本完成。"));
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:日照西站", "Infrastructure:卞家寨站", "Infrastructure:沂南站", "Infrastructure:临沂北站", "Infrastructure:沂水站", "Infrastructure:兰陵站", "Infrastructure:郯城站"]));
    expect(n.filter((x) => /站站|沂站/.test(x))).toEqual([]);
  });

  it("reads ports a list names by words no dictionary knows (龙拱港, 盛隆港)", () => {
    const n = names(read("港口:重点建设滕州新港、盛昌港、微山湖旅游码头。跃进港、龙拱港、太平港负责人参加仪式。"));
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:盛昌港", "Infrastructure:龙拱港", "Infrastructure:太平港"]));
  });

  it("reads a firm's short name after its county without the county, a research institute's 研究总院, and a brand after 与 as a second party", () => {
    const n = names(read("邹城锐泽科技与多家企业深化合作。发挥宝钢股份中央研究院与山推研究总院的协同优势。", "济宁市"));
    expect(n).toEqual(expect.arrayContaining(["Organization:锐泽科技", "Organization:宝钢股份中央研究院", "Organization:山推研究总院"]));
    expect(n.filter((x) => /邹城锐泽|技术与/.test(x))).toEqual([]);
  });

  it("keeps two verbs of building work inside the works they name (扩能改造工程, 升级改造项目)", () => {
    const n = names(read("宁峰铁路扩能改造工程等4条专用线入选国家重点项目。恒鑫热电升级改造项目完工。"));
    expect(n).toEqual(expect.arrayContaining(["Project:宁峰铁路扩能改造工程", "Project:恒鑫热电升级改造项目"]));
  });

  it("reads a zone named for the cooperation that built it (中德国际合作产业园, 经济合作产业园区) and a region's industry valley (沂蒙药谷)", () => {
    const n = names(read("签约仪式在中韩国际合作产业园举行。建设济枣经济合作产业园区、沂蒙药谷、沂蒙光谷。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:中韩国际合作产业园", "Zone:济枣经济合作产业园区", "Zone:沂蒙药谷", "Zone:沂蒙光谷"]));
  });

  it("reads no organisation in an ownership, a grade or a legal form (国有全资有限公司, 三级综合医院), nor across 按 (医院按|二级医院)", () => {
    expect(orgs("作为牡丹区政府批准成立的国有全资有限公司,牡丹医投公司自成立以来承建多个项目。")).toEqual(["牡丹医投公司"]);
    expect(orgs("是我市一所集医疗、教学、康复、保健、医养结合于一体的三级综合医院。")).toEqual([]);
    expect(orgs("该医院按二级医院标准设计。")).toEqual([]);
  });

  it("splits an interpunct off with the place in front (萧县·|浙江汽车配套产业项目): no name starts with it", () => {
    const n = names(read("“萧县·浙江汽车配套产业项目集中签约仪式”举行。"));
    expect(n.filter((x) => x.includes(":·"))).toEqual([]);
  });

  it("leaves two grammatical characters jieba glued into a word out of the name after it (一如既往|地为|项目)", () => {
    expect(names(read("我们将一如既往地为项目建设提供服务。"))).toEqual([]);
  });

  it("leaves a verb after an adverbial adjective out of the name after it (详细|听取…)", () => {
    expect(names(read("详细听取产业集聚区建设情况。")).filter((x) => x.includes("听取"))).toEqual([]);
  });

  it("reads no organisation in a legal form alone (…和|集团股份有限公司投资的)", () => {
    expect(names(read("北京聚力和集团股份有限公司投资的中央厨房项目开工。")).filter((x) => x === "Organization:集团股份有限公司")).toEqual([]);
  });

  it("reads a company whose brand jieba takes for a verb before its legal form (由|传化/vn|集团有限公司), and a registered name whose trade jieba takes for a verb after its bracketed place (中乔(河南)体育/vn有限公司)", () => {
    const n = names(read("项目由中国500强企业——传化集团有限公司投资建设。中乔(河南)体育有限公司生产车间一派繁忙景象。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:传化集团有限公司", "Organization:中乔(河南)体育有限公司"]));
    expect(n.filter((x) => /^Organization:(集团有限公司|体育有限公司)$/.test(x))).toEqual([]);
  });

  it("reads a registered name whose brand jieba cuts into two verbs after its place (北京|共享|易得|智能技术发展有限公司)", () => {
    const n = names(read("由山东鲁杰建工集团、汇丰新材料有限公司、北京共享易得智能技术发展有限公司共同投资建设。"));
    expect(n).toContain("Organization:北京共享易得智能技术发展有限公司");
    expect(n).not.toContain("Organization:智能技术发展有限公司");
  });

  it("names a foreign firm without its country in front, a country's own association with it", () => {
    const n = names(read("引进了法国欧尚集团、美国霍尼韦尔集团,德国汽车工业协会来访。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:欧尚集团", "Organization:霍尼韦尔集团", "Organization:德国汽车工业协会"]));
    expect(n.filter((x) => /法国欧尚|美国霍尼/.test(x))).toEqual([]);
  });

  it("reads no zone in a quality, a field cut at its conjunction, a measure cut from its number or a formula of kinds", () => {
    const n = names(read("致力打造现代化、高标准高端产业园区。推动技术转移与产业园区协同发展。以年产1.2万吨碳纤维产业园为依托。管委会精心打造和谐开发区。构建“众创空间+孵化器+加速器+科技园”服务体系。"));
    expect(n.filter((x) => x.startsWith("Zone:"))).toEqual([]);
    // (a field park stays one: 精细化工园区)
    expect(names(read("东明县精细化工园区加快建设。"))).toEqual(expect.arrayContaining([expect.stringMatching(/^Zone:.*精细化工园区$/)]));
  });

  it("leaves a kind of project and an investing company out of the project's name (锂电项目|山东…项目, …公司投资|…项目), keeping 项目 before a phase", () => {
    const n = names(read("由街道招商的锂电项目山东恒能新能源项目已完成设备采购。恒瑞精工公司投资精密轴承项目已签约。阳光铝材项目二期年产5万吨铝板箔项目正在做前期工作。"));
    expect(n).toEqual(expect.arrayContaining(["Project:山东恒能新能源项目", "Organization:恒瑞精工公司", "Project:阳光铝材项目二期年产5万吨铝板箔项目"]));
    expect(n.filter((x) => /锂电项目|公司投资/.test(x))).toEqual([]);
  });

  it("reads no firm in what one firm does (集A、B、冷链物流于一体)", () => {
    const n = names(read("恒昌有限公司是一家集饲草种植、肉牛养殖、冷链物流、餐饮服务于一体的农牧综合体。"));
    expect(n.filter((x) => /冷链物流|餐饮/.test(x))).toEqual([]);
  });

  it("reads a railway bureau as an organisation, not a railway", () => {
    const n = names(read("徐州市与郑州铁路局合作建设货场。"));
    expect(n).toContain("Organization:郑州铁路局");
    expect(n).not.toContain("Infrastructure:郑州铁路");
    // (a city's own office is no railway bureau)
    expect(names(read("徐州市铁路局表示新沂是重点区域。"))).not.toContain("Organization:徐州市铁路局");
  });

  it("reads no firm in people a list names by their posts and closes with 等同志, nor in the functions 集…于一体 lists", () => {
    const n = names(read("会后,在副书记李建华、鲁西新区管委会副主任孔鲁民、鲁西新区经发局副局长张晖等同志的陪同下参观了鲁西新区的山东康沃控股有限公司。"));
    expect(n).toContain("Organization:山东康沃控股有限公司");
    expect(n.filter((x) => /李建华|孔鲁民|张晖/.test(x))).toEqual([]);
    const h = names(read("徐州市中心医院新城分院是一所集医疗、教学、科研、急救、保健、康复等功能于一体的综合医院。"));
    expect(h).toContain("Organization:徐州市中心医院新城分院");
    expect(h.filter((x) => /医疗|保健|康复/.test(x))).toEqual([]);
  });

  it("leaves a preposition (据, 同 after a verb), a verb jieba tags as a noun (充分利用) and a merchant out of a name", () => {
    expect(names(read("据盛虹石化产业集团副总裁介绍,项目进展顺利。"))).toContain("Organization:盛虹石化产业集团");
    expect(names(read("他们就人才需求等多方面,期望同济南大学开展合作。"))).toContain("Organization:济南大学");
    expect(names(read("抓住机遇,充分利用孟良崮工业园紧靠临沂商城的优势。"))).toContain("Zone:孟良崮工业园");
    // (a merchant or a person named after one is no firm: the project is theirs, the firm unnamed)
    const m = names(read("近期引进了由广东深圳客商投资的年产2000万米面料项目,由北京客商杨晓明投资建设的金都豪庭房地产开发项目奠基。"));
    expect(m.filter((x) => x.startsWith("Organization"))).toEqual([]);
  });

  it("reads no station named by a province (调研行·江苏站 is a leg of a tour), and a line without the province before its short form", () => {
    expect(names(read("高质量发展调研行·江苏站来到连云港。")).filter((x) => x.startsWith("Infrastructure"))).toEqual([]);
    const r = rels(read("山东枣菏高速施工提速,力争2020年通车。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:枣菏高速->枣庄市", "CONNECTS:枣菏高速->菏泽市"]));
  });
});

describe("what a count of projects mainly includes", () => {
  it("reads the items after 主要包括 in a sentence that counts projects: a brand and trade is the firm, the rest projects", () => {
    const n = names(read("全区完成项目38个,完成固定资产投资60.97亿元,主要包括嘉泰化工一期、利民化工嘧啶、汉凌生化。目前在建项目68个,主要包括新华鸿钢铁和润扬电子。"));
    expect(n).toEqual(expect.arrayContaining(["Project:嘉泰化工一期", "Project:利民化工嘧啶", "Organization:汉凌生化", "Organization:新华鸿钢铁", "Organization:润扬电子"]));
  });

  it("reads no project from a count or a kind in such a list, and leaves a line's section to the line patterns", () => {
    const n = names(read("前期工作项目3个,分别为工业项目2个、沿海高铁连云港至盐城段。"));
    expect(n.filter((x) => x.startsWith("Project"))).toEqual([]);
  });
});

describe("lists that end at a 的, and lakes named by a place", () => {
  it("reads no firm in processes listed after the lead firms' 的 (以A、B为龙头的|洗毛、碳化、梳绒), and keeps 和 after 、 in a name", () => {
    const n = names(read("现已形成以中远、华远、和至顺、品正为龙头的洗毛、碳化、梳绒、纺织等完整产业链条。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:中远", "Organization:华远", "Organization:和至顺", "Organization:品正"]));
    expect(n.filter((x) => /洗毛|碳化|梳绒|纺织/.test(x))).toEqual([]);
  });

  it("reads no city from a lake or an old town a place's short form names (南阳湖、, 南阳古镇、)", () => {
    const n = names(read("境内有南阳湖、独山湖、昭阳湖等湖泊,主要景区有南阳古镇、微山岛。"));
    expect(n).not.toContain("City:南阳市");
    expect(rels(read("宿迁湖滨新区发展迅速。"))).toContain("PART_OF:宿迁湖滨新区->宿迁市");
  });
});

describe("a name the text shortens", () => {
  it("reads a branch or a works named by the end of a fuller name on the page as that one (新城分院, 新城分院二期工程项目)", () => {
    const n = names(read("徐州市中心医院新城分院二期工程开工。徐州市中心医院新城分院设立于2015年。医院将以新城分院二期工程项目的启动建设为契机,新城分院将扩建。"));
    expect(n).toContain("Project:徐州市中心医院新城分院二期工程");
    expect(n).toContain("Organization:徐州市中心医院新城分院");
    expect(n.filter((x) => /^(Project|Organization):新城分院/.test(x))).toEqual([]);
  });

  it("keeps a works named with its place in front apart from the place's fuller phrase (菏泽|新万福河复航工程)", () => {
    const n = names(read("菏泽新万福河复航工程开工。新万福河复航工程项目位于菏泽中东部。"));
    expect(n).toContain("Project:新万福河复航工程项目");
  });
});

describe("titles a place is awarded", () => {
  it("reads no zone or firm in the designations a county is awarded, nor counts firms inside one", () => {
    const n = names(read("该县先后被授予“江苏省知名电子产业集聚区”、“省级服装产业基地”、“全省8个中小企业特色产业集群之一”、“中国纺织名城”。"));
    expect(n.filter((x) => /^(Zone|Organization|Project):/.test(x))).toEqual([]);
  });
});
