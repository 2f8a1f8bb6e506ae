import { describe, expect, it } from "vitest";
import { names, orgs, read, rels } from "./helpers.ts";

describe("administrative names", () => {
  it("reads short forms and full names as one division, with the register's name", () => {
    const ex = read("宿迁与宿迁市共同推进沭阳县发展,商丘、菏泽加强合作。");
    expect(names(ex)).toEqual(expect.arrayContaining(["City:宿迁市", "District:沭阳县", "City:商丘市", "City:菏泽市"]));
    expect(ex.mentions.filter((m) => m.canonical === "宿迁市").every((m) => m.code === "3213")).toBe(true);
  });

  it("does not read a city's short form that is a common word (来宾, guests) outside its province, nor a direction and 至 (东至) as a county", () => {
    const n = names(read("徐州市热烈欢迎各位来宾,线路向东至新长铁路。"));
    expect(n.filter((x) => /来宾|东至/.test(x))).toEqual([]);
    expect(names(read("广西来宾市与来宾的企业合作。"))).toContain("City:来宾市");
  });

  it("reads towns listed by their names without 镇 and counted after (途经化雨、鸡黍、马庙三个镇, 朝阳、下楼两镇), but no list the count does not fit", () => {
    const ex = read("枣菏高速在金乡县途经化雨、鸡黍、马庙三个镇。灵璧县发挥下楼、尹集两镇优势。");
    const towns = ex.mentions.filter((m) => m.type === "Town" && m.code).map((m) => m.canonical);
    expect(towns).toEqual(expect.arrayContaining(["化雨镇", "鸡黍镇", "马庙镇", "下楼镇", "尹集镇"]));
    expect(read("途经化雨、鸡黍、马庙两个镇。").mentions.filter((m) => m.type === "Town")).toEqual([]);
  });

  it("does not read the place a street is named after (泰安路, 中山南路) as the place", () => {
    const n = names(read("济宁市中山南路与城南泰安路贯通,北京东路拓宽,徐州路桥集团中标。"));
    expect(n.filter((x) => /泰安|北京/.test(x))).toEqual([]);
    expect(n).toContain("City:济宁市");
  });

  it("does not read a place inside another word (黄河北, 市和县级)", () => {
    const ex = read("完成黄河北片区建设,市和县级财政共同投入。");
    expect(names(ex).filter((n) => /^(Province|City|District)/.test(n))).toEqual([]);
  });

  it("reads 彭城 as 徐州市 but lets a longer name containing it win", () => {
    const ex = read("放眼彭城大地,彭城广场商圈人气旺。");
    expect(names(ex)).toContain("City:徐州市");
    expect(ex.mentions.filter((m) => m.canonical === "徐州市")).toHaveLength(1);
  });

  it("tells 鼓楼区 apart by the cities the document names", () => {
    const nanjing = read("南京市鼓楼区建设科技园。");
    const xuzhou = read("徐州市鼓楼区推进老城更新。");
    expect(nanjing.mentions.find((m) => m.name === "鼓楼区")?.code).toBe("320106");
    expect(xuzhou.mentions.find((m) => m.name === "鼓楼区")?.code).toBe("320302");
  });

  it("leaves a county's short form unread where the document is not about its city", () => {
    // 珠山 is 景德镇's 珠山区; a park in a 徐州 text is not there
    const ex = read("徐州市加快建设珠山数字产业园。");
    expect(names(ex)).not.toContain("District:珠山区");
    expect(names(ex)).toContain("Zone:珠山数字产业园");
  });

  it("reads a county's short form on a page that names the county only in a zone's name (莒南开发区) and its province otherwise, not in a brand before a park's own stem (珠山|数字产业园) or far from home (宁江工业园 in 睢宁)", () => {
    const ex = read("莒南开发区招商网讯:莒南地处日照港腹地。穿越县境的兖石铁路、日东高速把莒南与长三角连为一体。");
    expect(rels(ex)).toEqual(expect.arrayContaining(["CONNECTS:兖石铁路->莒南县", "CONNECTS:日东高速->莒南县"]));
    expect(names(read("徐州珠山数字产业园揭牌。珠山正在建设。"))).not.toContain("District:珠山区");
    expect(names(read("睢宁县宁江工业园揭牌。宁江正在建设。"))).not.toContain("District:宁江区");
  });

  it("splits a town off a registered name it stands before (安兴镇|悦如农业发展有限公司), not a county the name is registered in (滕州市…有限公司)", () => {
    const ex = read("安兴镇悦如农业发展有限公司打造出全国首个有机牡丹产品规模化生产基地。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Town:安兴镇", "Organization:悦如农业发展有限公司"]));
    expect(rels(ex)).toContain("LOCATED_IN:悦如农业发展有限公司->安兴镇");
    expect(names(read("滕州市恒源化工有限公司投产。"))).toContain("Organization:滕州市恒源化工有限公司");
  });

  it("reads no organisations in the fields of an honour a unit was named for (被评为招商引资、法制宣传…等先进单位), but does in a list of units", () => {
    expect(orgs("2004年以来,五沟镇先后被省、市、县评为招商引资、法制宣传、社会治安、档案管理、林业生产、农村基层组织建设等先进单位。")).toEqual([]);
    expect(orgs("徐工集团、卡特彼勒、三一重工等单位参展。")).toEqual(expect.arrayContaining(["卡特彼勒", "三一重工"]));
  });

  it("matches traditional characters through the normalised text", () => {
    const ex = read("位於徐州高新區的卓越半導體項目正式投產。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Zone:徐州高新区", "Project:卓越半导体项目"]));
  });
});

describe("named entities by pattern", () => {
  it("reads suffix-headed names without the verb before them", () => {
    const ex = read("积极推进淮安市第三人民医院新院建设,加快建设宿迁新能源实验室。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Lab:宿迁新能源实验室"]));
    expect(names(ex).some((n) => n.startsWith("Organization:积极") || n.startsWith("Lab:加快"))).toBe(false);
  });

  it("reads every name of an enumeration before 等N个项目 as a project, each taking the shared ending unless it names a facility by its kind", () => {
    const ex = read("推动洋河酒厂技改扩能、苏宿工业园智能装备基地、泗阳光伏组件、徐州市公共卫生服务中心等18个项目尽快落地。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Project:洋河酒厂技改扩能项目", "Project:苏宿工业园智能装备基地", "Project:泗阳光伏组件项目", "Project:徐州市公共卫生服务中心"]));
    // (and two joined by 和 where the count says two)
    expect(names(read("其中,申通快递和众润冷链物流2个项目已投产。"))).toEqual(expect.arrayContaining(["Project:申通快递项目", "Project:众润冷链物流项目"]));
  });

  it("reads the frame 以A、B,C为龙头 without its 以, a comma standing for 、", () => {
    const names = orgs("以益多集团、建韬化工、奔腾橡胶为龙头的煤盐化工产业集群。以冠华铸造、德尔重工,胜海铸造为龙头的机械铸造产业集群。");
    expect(names).toEqual(expect.arrayContaining(["益多集团", "建韬化工", "冠华铸造", "德尔重工", "胜海铸造"]));
    expect(names).not.toContain("以益多集团");
    // (the last item without the list's close: 金胜粮油|等企业)
    const closed = orgs("以绿润公司、玉林油脂、金胜粮油等企业为龙头,打造农产品加工基地。");
    expect(closed).toEqual(expect.arrayContaining(["绿润公司", "金胜粮油"]));
    expect(closed.filter((n) => n.includes("等"))).toEqual([]);
  });

  it("reads two names joined by 和 in a list item as two, each ending like a name (百善食品工业园和口子产业园)", () => {
    const n = names(read("全市建成相山经济开发区、百善食品工业园和口子产业园等三大食品加工园区。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:百善食品工业园", "Zone:口子产业园"]));
    expect(n.filter((x) => x.includes("和"))).toEqual([]);
  });

  it("reads the firms of 以A、B为代表的…, not products or fields in the same frame", () => {
    const n = names(read("形成了以苏太太食品、鲜满多食品等为代表的休闲食品类;以百瑞佳面粉、贝宝食品为代表的农产品加工类。以苹果、梨为代表的水果,以新能源、新材料为代表的产业。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:苏太太食品", "Organization:鲜满多食品", "Organization:百瑞佳面粉", "Organization:贝宝食品"]));
    expect(n.filter((x) => /苹果|梨|新能源|新材料/.test(x))).toEqual([]);
  });

  it("reads a list whose last separator is a comma (A、B、C,D等项目), but not clauses joined by a comma", () => {
    const n = names(read("后续又将陆续引进锐巴新材、麒祥集团、鲁驰、三杰,瑞昌等项目。"));
    expect(n).toEqual(expect.arrayContaining(["Project:鲁驰项目", "Project:三杰项目"]));
    const clauses = names(read("坚持以商招商、活动招商,运用产业链招商等方式引进企业。"));
    expect(clauses.filter((x) => x.startsWith("Organization") || x.startsWith("Project"))).toEqual([]);
  });

  it("does not take a person named with a title for a signing's party (与沂水县副书记李晓冬签订)", () => {
    const ex = read("青岛科技大学与沂水县副书记李晓冬签订了共建协议。");
    expect(names(ex).filter((x) => x.includes("李晓冬"))).toEqual([]);
  });

  it("reads industrial areas, cooperation areas and science parks by their endings, not a field's planned area or a verb's complement", () => {
    const n = names(read("赣榆县柘汪临港产业区内一派繁忙,柘汪临港产业区实现产值,大浦工业区、庐山新材料高科园加快建设。为推进好济临经济协作区建设,规划建设环保装备制造产业区、污染治理与环境修复产业区。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:赣榆县柘汪临港产业区", "Zone:大浦工业区", "Zone:庐山新材料高科园", "Zone:济临经济协作区"]));
    // (the zone named without its county in the same document is the same zone)
    expect(n).not.toContain("Zone:柘汪临港产业区");
    expect(n.filter((x) => /好济临|修复产业区|制造产业区/.test(x))).toEqual([]);
  });

  it("reads a firm named after the kind of firm it is (龙头企业金朋达), in a list of projects too, not a predicate or a plan", () => {
    const n = names(read("精准签约军工靶机龙头企业金朋达、高端电机领军企业马威电驱动等5个项目。龙头企业山东熵路新能源落户。支持龙头企业发展壮大,制定骨干企业扩规倍增计划,行业领军及知名企业代表汇聚金龙湖畔。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:金朋达", "Organization:马威电驱动", "Organization:山东熵路新能源"]));
    expect(n.filter((x) => /发展壮大|扩规|汇聚|落户|金朋达项目/.test(x))).toEqual([]);
  });

  it("leaves a bordering verb, a preposition of distance or route and a verb of reaching out of a line's or a port's name", () => {
    const n = names(read("东邻徐明高速,西靠泗许高速,距观音国际机场仅1.5公里,沿京台高速向北,通达南京港和上海港。"));
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:徐明高速", "Infrastructure:泗许高速", "Infrastructure:观音国际机场", "Infrastructure:南京港", "Infrastructure:上海港"]));
    expect(n.filter((x) => /东邻|西靠|距|沿|通达/.test(x))).toEqual([]);
  });

  it("leaves a person and a verb, a count of people or sessions, a first-of-its-kind and a conjunction out of organisations", () => {
    const n = names(read("王锋高度肯定河南大学的合作。市长陈平为研究院揭牌。第十五届全国大学生机器人大赛举行。全球首个核能供热发电厂投运。藉助宿迁学院的人才优势,暨淮北师范大学信息学院揭牌。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:河南大学", "Organization:宿迁学院", "Organization:淮北师范大学信息学院"]));
    expect(n.filter((x) => /王锋|陈平|第十五届|首个|藉助|暨/.test(x))).toEqual([]);
  });

  it("leaves the verbs that take a project as their object (举行, 宣布, 申请, 关注, 共设) out of its name", () => {
    const n = names(read("百善镇举行招商引资项目集中开工仪式。任东宣布项目开工。帮扶贝宝食品申请中央财政酥梨产业集群项目资金。著重关注五金机电项目。"));
    expect(n.filter((x) => /举行|宣布|申请|关注/.test(x))).toEqual([]);
  });

  it("reads the items of a list whose head gives the sum each passes (等10个过亿元项目)", () => {
    const n = names(read("重点推进福特尔科创综合体、奥宇包装等10个过亿元项目。"));
    expect(n).toEqual(expect.arrayContaining(["Project:福特尔科创综合体项目", "Project:奥宇包装项目"]));
  });

  it("reads a cluster named by two fields joined by 和, a park named with its magnitude (百亿…产业园), not a class by size (百亿级, 千亿级)", () => {
    const n = names(read("打造陶铝和铝基高端金属材料产业集群,建设百亿循环经济产业园和百亿级金浦产业园,培育千亿级产业集群。"));
    expect(n).toEqual(expect.arrayContaining(["IndustryCluster:陶铝和铝基高端金属材料产业集群", "Zone:百亿循环经济产业园", "Zone:金浦产业园"]));
    expect(n.filter((x) => /千亿级|百亿级|^Zone:循环经济产业园$/.test(x))).toEqual([]);
  });

  it("reads an institute named by its province and a field that opens with a verb (山东省合成润滑油工程研究中心), not a place's predicate", () => {
    const n = names(read("此次通过认证的平台包括山东省合成润滑油工程研究中心。淮北市召开研究院会议。"));
    expect(n).toContain("Organization:山东省合成润滑油工程研究中心");
    expect(n.filter((x) => x.includes("召开"))).toEqual([]);
  });

  it("does not take the products listed before …等企业 or a country for firms, but keeps the brands", () => {
    const n = names(read("吸引了注塑、电气、压缩机等三十多家配套企业落户。与土库曼斯坦、国外菲律宾等企业合作。区内现拥有万宝、澳柯玛、香雪海等20余个知名品牌。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:万宝", "Organization:澳柯玛", "Organization:香雪海"]));
    expect(n.filter((x) => /压缩机|电气|土库曼斯坦|菲律宾/.test(x))).toEqual([]);
  });

  it("does not take generic institutions (省级工程研究中心, 科技孵化器, 县级以上综合医院) for names, nor close a list at the 等 of 高等", () => {
    const n = names(read("新增省级工程研究中心5家,建成科技孵化器,建设县级以上综合医院。科培教育是华南地区领先的民办高等教育集团。"));
    expect(n.filter((x) => x.startsWith("Organization"))).toEqual([]);
  });

  it("leaves the verb or government body before a region's place out of it (覆盖|长江经济带, 省委省政府|鲁南经济带)", () => {
    const n = names(read("贸易覆盖长江经济带、珠三角经济带。省委省政府鲁南经济带发展战略。国务院正式批复淮河生态经济带规划。"));
    expect(n).toEqual(expect.arrayContaining(["Region:长江经济带", "Region:鲁南经济带"]));
    expect(n.filter((x) => /覆盖|省委|批复/.test(x))).toEqual([]);
    // (and a preposition jieba glues to a new area's place: 借雄安|新区)
    expect(names(read("借雄安新区规划契机发展。"))).toContain("Zone:雄安新区");
  });

  it("leaves the verb of a person named by a title out of the name after it (院士|介绍|…重点实验室)", () => {
    const n = names(read("赵跃民院士介绍煤炭加工与高效洁净利用教育部重点实验室的情况。"));
    expect(n).toContain("Lab:煤炭加工与高效洁净利用教育部重点实验室");
    expect(n.filter((x) => x.includes("介绍"))).toEqual([]);
  });

  it("reads the projects of a list whose items open with what they cost (80亿元卓曜光伏电池、63.9亿元森萍…、6.2亿美元巴德尔…项目)", () => {
    const n = names(read("总投资80亿元卓曜光伏电池、63.9亿元森萍新能源汽车零部件一体压铸、6.2亿美元巴德尔磷酸铁锂电芯项目被认定为重点工程。新增亿元以上报省项目20个。"));
    expect(n).toEqual(expect.arrayContaining(["Project:卓曜光伏电池项目", "Project:森萍新能源汽车零部件一体压铸项目", "Project:巴德尔磷酸铁锂电芯项目"]));
    expect(n.filter((x) => /亿|以上/.test(x))).toEqual([]);
  });

  it("does not take a line or a port named only by its kind (港口码头, 普速铁路, 散堆装作业区, 内河港) for a name, but keeps 沿海铁路", () => {
    const n = names(read("建设港口码头和散堆装作业区,普速铁路和高铁普铁并行,沿海铁路开通,建设内河港。"));
    expect(n.filter((x) => x.startsWith("Infrastructure"))).toEqual(["Infrastructure:沿海铁路"]);
  });

  it("reads the items of a list of lines (A至B、C至D…等5个高铁项目) as the lines, each joining its ends", () => {
    const ex = read("山东将开工建设潍坊至烟台、莱西至荣成、济南至滨州、济南至枣庄旅游高铁等5个高铁项目。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Infrastructure:潍坊至烟台高铁", "Infrastructure:莱西至荣成高铁", "Infrastructure:济南至滨州高铁"]));
    expect(rels(ex)).toEqual(expect.arrayContaining(["CONNECTS:潍坊至烟台高铁->潍坊市", "CONNECTS:潍坊至烟台高铁->烟台市"]));
  });

  it("reads a part of a zone named by the zone and the part's place (宿州高新区埇桥园区, 自贸试验区连云区块)", () => {
    const n = names(read("以宿州高新区埇桥园区为合作载体。自贸试验区连云区块加快建设。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:宿州高新区埇桥园区", "Zone:自贸试验区连云区块"]));
    // (a national logistics hub by its city and class, not the class alone)
    const hubs = names(read("商丘商贸服务型国家物流枢纽入选首批名单,建成港口型国家物流枢纽城市。"));
    expect(hubs).toContain("Zone:商丘商贸服务型国家物流枢纽");
    expect(hubs.filter((x) => x.includes("港口型"))).toEqual([]);
    // (and a bonded logistics centre with its class)
    expect(names(read("菏泽内陆港保税物流中心(B型)获批,临沂保税物流中心封关运营。"))).toEqual(expect.arrayContaining(["Zone:菏泽内陆港保税物流中心(B型)", "Zone:临沂保税物流中心"]));
  });

  it("reads labs listed by their fields before their count and kind (A及B、C与D、E三个筹建的安徽省重点实验室)", () => {
    const n = names(read("专家组对智能计算及应用、爆炸能量利用与控制、中药配方颗粒三个筹建的安徽省重点实验室开展考察。在医养健康、现代农业等领域布局建设139家实验室。"));
    expect(n).toEqual(expect.arrayContaining(["Lab:智能计算及应用安徽省重点实验室", "Lab:爆炸能量利用与控制安徽省重点实验室", "Lab:中药配方颗粒安徽省重点实验室"]));
    expect(n.filter((x) => /医养健康|现代农业/.test(x))).toEqual([]);
  });

  it("does not take a bound ending, a clause, a count of people, an owner's description or a verb of promotion for a name", () => {
    const n = names(read("成为创新型产业集群,形成以电子信息为主导的产业集群,构建起现代化港口集群。200多位联盟成员参会。华亿矿业集团是台儿庄区属国有集团公司,是综合性现代化集团。开发区晋升为国家级开发区,纳统项目43个。"));
    expect(n.filter((x) => /^(IndustryCluster:型|.*为主导|.*起现代化|.*200多位|.*区属|.*综合性|Zone:晋升|Project:纳统)/.test(x))).toEqual([]);
    expect(n).toContain("IndustryCluster:现代化港口集群");
  });

  it("reads a registered company that opens with its province whole (安徽和正农牧股份有限公司), and as a company in a list of projects", () => {
    const n = names(read("本次集中开工的有安徽和正农牧股份有限公司、安徽善研服装有限公司等5个项目。仪式暨安徽和正农牧股份有限公司智能孵化项目奠基典礼。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:安徽和正农牧股份有限公司", "Organization:安徽善研服装有限公司"]));
    expect(n.filter((x) => x.startsWith("Organization:正农牧") || x === "Project:安徽善研服装有限公司")).toEqual([]);
  });

  it("reads the state construction groups' bureaus (中交广航局, 中铁十局四公司, 中铁十四局), not a site office's works (连云港码头|项目部)", () => {
    const n = names(read("由中交广航局连云港码头项目部负责建设,中铁十局四公司承建,中铁十四局参建。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:中交广航局", "Organization:中铁十局四公司", "Organization:中铁十四局"]));
    expect(n).not.toContain("Infrastructure:连云港码头");
  });

  it("reads 中 that opens a list after a verb or at a clause's start as a brand's first character, not a locative", () => {
    expect(names(read("重点在谈中新桥电子、优奕视界、金茂电子等智能制造项目。"))).toEqual(expect.arrayContaining(["Project:中新桥电子项目", "Project:优奕视界项目"]));
    expect(names(read("中地乳业、安德鲁水果等一批行业龙头企业进驻沂南。"))).toEqual(expect.arrayContaining(["Organization:中地乳业", "Organization:安德鲁水果"]));
    expect(names(read("中地乳业、安德鲁水果等一批行业龙头企业进驻沂南。"))).not.toContain("Organization:乳业");
  });

  it("does not take a demonstrative with a classifier, or two common characters jieba does not know, for a project's name", () => {
    const n = names(read("这一项目投产后,这批项目全部开工。持续发力项目建设,锚定“抓大项目”目标,实现招商引资新上项目31个,新签项目12个。"));
    expect(n.filter((x) => x.startsWith("Project"))).toEqual([]);
  });

  it("does not take a list of verb phrases on projects (千方百计上项目) or of what projects do (…、蓄势赋能的重大项目) for projects", () => {
    const n = names(read("宿迁市全力以赴招项目、千方百计上项目、凝心聚力建项目。招引实施了一批促进产业发展、蓄势赋能的重大项目。"));
    expect(n.filter((x) => x.startsWith("Project"))).toEqual([]);
    // (a list of named projects still reads)
    expect(names(read("开工建设恒力纺织项目、天合光能项目。"))).toEqual(expect.arrayContaining(["Project:恒力纺织项目", "Project:天合光能项目"]));
  });

  it("takes no cluster from a quoted title, where the name ends inside the quote or the quotes are a list of honours (入选“中国县域产业集群竞争力100强”), nor after an ordinal marker (三是育集群)", () => {
    const n = names(read("沂南县先后获得“山东省十大影响力产业集群”、“山东省优质电动自行车生产基地”等荣誉称号,入选“中国县域产业集群竞争力100强”。三是育集群扩规模。"));
    expect(n.filter((x) => x.startsWith("IndustryCluster"))).toEqual([]);
  });

  it("reads the items of a list closed by their count and shared kind (…13个作业区, A、B、C3个产业集群) each with that kind, only where the count is the number of items", () => {
    const ex = read("宿州港设蕲县、蕲东、吴庄3个作业区。机床及矿山装备智能制造、精密部件、器械装备3个产业集群入选。埇桥港区下辖的符离集、蒿沟2个作业区。");
    const got = ex.mentions.filter((m) => m.type === "Infrastructure" || m.type === "IndustryCluster").map((m) => `${m.type}:${m.canonical ?? m.name}`);
    expect(got).toEqual(expect.arrayContaining(["Infrastructure:蕲县作业区", "Infrastructure:蕲东作业区", "Infrastructure:吴庄作业区", "IndustryCluster:机床及矿山装备智能制造产业集群", "IndustryCluster:精密部件产业集群", "IndustryCluster:器械装备产业集群", "Infrastructure:符离集作业区", "Infrastructure:蒿沟作业区"]));
    expect(got.some((x) => /设|的/.test(x))).toBe(false);
    // (a count that is not the number of items says something else: 5个 of these two)
    expect(names(read("设蕲县、蕲东5个作业区。")).some((x) => x.includes("作业区"))).toBe(false);
  });

  it("leaves the verb of \"在P建X\" out of X's name, however jieba tags the place (在邹城建生物质新材料产业园)", () => {
    const n = names(read("太阳纸业等三家公司计划投资58.5亿元在邹城建生物质新材料产业园。"));
    expect(n).toContain("Zone:生物质新材料产业园");
    expect(n.some((x) => x.includes("邹城建"))).toBe(false);
  });

  it("takes no kind of project for a project: one counted after its name (新能源产业项目16个), one a rank of key projects stands before (省级重点|文化旅游项目), a demonstrative series (这一系列项目), places listed before their key projects, a first of its kind after a place (江苏首家…产业园)", () => {
    const n = names(read("今年以来,该市新引进新能源产业项目16个、生物医药与大健康产业项目5个。省级重点文化旅游项目曲阜尼山圣境宫像区工程建设正在推进。该高新区这一系列项目的布局与实施。共确定山东省、济宁市、济宁高新区重点项目141个。泗洪县建成江苏首家国家级现代农业产业园。"));
    expect(n.filter((x) => /^(Project|Zone):/.test(x) && !/尼山圣境|高新区$/.test(x))).toEqual([]);
    expect(n).not.toContain("Project:济宁高新区");
    // (a phase's works before a project is no part of its name)
    expect(names(read("卓泰化工一期工程200Kt混合芳烃加氢项目已顺利建成。"))).toContain("Project:200Kt混合芳烃加氢项目");
  });

  it("leaves out of a name what stands before it: a one-character preposition (据|…有限公司), a word that introduces another name (又称), a kind of enterprise (民营企业), an area (10平方公里)", () => {
    const n = names(read("据曲阜尼山文化旅游投资有限公司介绍,宿徐产业园,又称埇桥经济开发区,位于埇桥区。民营企业淮海控股集团投资建设。规划10平方公里盐化工产业园。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:曲阜尼山文化旅游投资有限公司", "Zone:埇桥经济开发区", "Organization:淮海控股集团", "Zone:盐化工产业园"]));
    expect(n.some((x) => /据|又称|民营|平方公里/.test(x))).toBe(false);
  });

  it("reads no clusters from a list that is a subject (…、特色主导产业明晰), nor a project from a time (八月份项目), and drops 原 (former) glued to a firm's name (盘活原大晶集团)", () => {
    const n = names(read("他指出,商丘历史文化悠久、交通区位优越、资源禀赋丰富、特色主导产业明晰。预计今年八月份项目全部竣工投产。邳州经济开发区盘活原大晶集团,引进久日新材料。"));
    expect(n.filter((x) => /^(IndustryCluster|Project):/.test(x))).toEqual([]);
    expect(n).toContain("Organization:大晶集团");
    expect(n.some((x) => x.includes("原大晶"))).toBe(false);
  });

  it("reads the party a place signs with without the kind of cooperation signed (与珠海格力电器有限公司全面战略合作签约)", () => {
    const ex = read("临沂市人民政府与珠海格力电器有限公司全面战略合作签约。");
    expect(names(ex)).toContain("Organization:珠海格力电器有限公司");
    expect(names(ex).some((x) => x.includes("合作"))).toBe(false);
  });

  it("reads no station named by a verb or a locative (越行站, 门到站, 厂内站), and still reads one named by its place (沭阳站)", () => {
    const n = names(read("宿迁东站、洋河北站(越行站)组成线路。服务包括门到门、门到站运输。厂内站建设完成。沭阳站开通运营。"));
    expect(n.some((x) => /越行站|门到站|厂内站/.test(x))).toBe(false);
    expect(n).toContain("Infrastructure:沭阳站");
  });

  it("reads a company named like a line whole (由中铁高速(山东)有限公司), and its short form as the company, not a line (中铁高速欧亚班列); a network before a line is no part of it (高铁网中|京沪高铁辅助通道); a class of zone is none (升级为国家高新技术产业开发区)", () => {
    const ex = read("这是由中铁高速(山东)有限公司统一运筹的专列,中铁高速欧亚班列每月固定开行两列。潍宿高铁是“八纵八横”高铁网中京沪高铁辅助通道的关键一段。济宁高新区升级为国家高新技术产业开发区。");
    const n = names(ex);
    expect(n).toEqual(expect.arrayContaining(["Organization:中铁高速(山东)有限公司", "Infrastructure:京沪高铁二通道"]));
    expect(n.some((x) => x.startsWith("Infrastructure:中铁") || x.includes("网中") || x === "Zone:国家高新技术产业开发区")).toBe(false);
  });

  it("reads the sectors of a list closed by their count of big industries as clusters, where the count is the number of items (硅工业、…机械汽配四大产业板块, …“五大产业”), not a count of industrial parks", () => {
    const n = names(read("硅工业、食品工业、新型建材、机械汽配四大产业板块集群发展。我县初步培育了白色家电、纺织服装、金属机电、皮革皮具、医药化工“五大产业”。该区围绕做大铝、医药、农副产品三大工业园区招商。"));
    const clusters = n.filter((x) => x.startsWith("IndustryCluster:"));
    expect(clusters).toEqual(expect.arrayContaining(["IndustryCluster:硅工业", "IndustryCluster:机械汽配", "IndustryCluster:白色家电", "IndustryCluster:医药化工"]));
    expect(clusters.some((x) => /培育|铝|医药$/.test(x))).toBe(false);
    expect(names(read("形成了纺织、机械两大产业。")).filter((x) => x.startsWith("IndustryCluster:"))).toEqual([]);
  });

  it("reads no people as organisations: a company's name stops before a title and a person (…有限公司总经理许俊杰), a titled person alone is none, nor is a government office (陶铝办), nor a subsidiary's kind before its name (子公司|…股份有限公司)", () => {
    const n = names(read("常州昌瑞汽车部品制造有限公司总经理许俊杰、常州樊氏有机硅有限公司董事长樊中华等长三角区域企业家出席签约仪式。市委常委、常务副市长周天伟、市政府秘书长徐涛、市科技局、陶铝办等单位负责人参加会见。临沂商城集团旗下子公司临沂商城新商业发展股份有限公司统一运筹。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:常州昌瑞汽车部品制造有限公司", "Organization:常州樊氏有机硅有限公司", "Organization:临沂商城新商业发展股份有限公司"]));
    expect(n.some((x) => /许俊杰|樊中华|周天伟|徐涛|陶铝办|子公司/.test(x))).toBe(false);
  });

  it("reads an economic area or metropolitan district named by places and directions (环渤海经济区, 济枣菏都市区), but not the words of the sentence before a known region (整个|淮海经济区)", () => {
    const n = names(read("南临长三角、北接环渤海经济区。规划建设济枣菏都市区。整个淮海经济区协同发展。"));
    expect(n).toEqual(expect.arrayContaining(["Region:环渤海经济区", "Region:济枣菏都市区", "Region:淮海经济区"]));
    expect(n.filter((x) => x.includes("整个"))).toEqual([]);
  });

  it("leaves out of a name a time before it (轮值期间|鲁南经济圈) and a company before a zone's name (菏泽水务集团|尧舜牡丹产业园)", () => {
    const n = names(read("负责做好轮值期间鲁南经济圈各市专项工作的统筹。会议在菏泽水务集团尧舜牡丹产业园召开。"));
    expect(n).toEqual(expect.arrayContaining(["Region:鲁南经济圈", "Zone:尧舜牡丹产业园"]));
    expect(n.some((x) => /期间|水务集团尧舜/.test(x))).toBe(false);
  });

  it("reads no project from people who came to see projects (王昊、陈忠伟率队来洪观摩重大项目), no lab from an office or a ceremony listed before one (徐州市科学技术局、…云龙湖实验室) nor from a locative (地下实验室), and no name from the verb before it (借力|山东工业技术研究院)", () => {
    const n = names(read("王昊、陈忠伟率队来洪观摩重大项目建设情况。本次大会由徐州市科学技术局、深地科学与工程云龙湖实验室承办。举行了项目负责人代表签约仪式、云龙湖实验室引进人才代表签约。构建的地下实验室进行参观指导。该平台将借力山东工业技术研究院发挥作用。"));
    expect(n.filter((x) => x.startsWith("Project:"))).toEqual([]);
    expect(n.filter((x) => x.startsWith("Lab:")).every((x) => /云龙湖实验室$/.test(x))).toBe(true);
    expect(n).toContain("Organization:山东工业技术研究院");
    expect(n.some((x) => x.includes("借力"))).toBe(false);
  });

  it("reads a registered name whose brand jieba takes for an adverb whole (与湖北|大自然/d|农业实业有限公司), and a project named by its owner group whose trade jieba takes for an adverb (山东|高速/d|集团38.125万千瓦风电项目)", () => {
    const ex = read("近日,鱼台县与湖北大自然农业实业有限公司现代农业项目正式签约。5月27日,定陶区山东高速集团38.125万千瓦风电项目建设现场一片繁忙。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:湖北大自然农业实业有限公司", "Project:山东高速集团38.125万千瓦风电项目"]));
    expect(rels(ex)).toContain("HOSTED_BY:山东高速集团38.125万千瓦风电项目->山东高速集团");
  });

  it("reads a project named by its registered owner whole, however long, and the owner with its brand (…科技(江苏)有限公司年产2万吨…生产基地项目)", () => {
    const ex = read("入选的项目分别是:恒远新材料科技(江苏)有限公司年产2万吨高性能碳纤维复合材料生产基地项目、徐州中杰特种装备股份有限公司年产5000台深冷容器及大型能源装备项目。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:恒远新材料科技(江苏)有限公司", "Organization:徐州中杰特种装备股份有限公司", "Project:恒远新材料科技(江苏)有限公司年产2万吨高性能碳纤维复合材料生产基地项目"]));
    expect(names(ex).filter((x) => x.startsWith("Organization:")).every((x) => /^Organization:(恒远|徐州中杰)/.test(x))).toBe(true);
  });

  it("reads no project from a rank and common words after where, when and how many (众多临港重大产业项目, 2022年省重大产业项目), but one whose words after the rank name something", () => {
    const n = names(read("项目列入2023年省重大产业项目。吸引众多沿海重大产业项目落地。该项目入选江苏省重大科技基础设施预研项目。推进连云港港30万吨级航道二期工程等重点项目。"));
    expect(n.filter((x) => x.startsWith("Project:") && /重大|重点/.test(x))).toEqual([]);
    expect(n).toContain("Project:连云港港30万吨级航道二期工程");
  });

  it("reads a university's school by the university and its field (山东大学|材料科学与工程学院), and a federation named by fields joined with 和 (中国石油和化学工业联合会)", () => {
    expect(orgs("南京大学化学化工学院与该公司签约。")).toContain("南京大学化学化工学院");
    expect(orgs("山东大学材料科学与工程学院院长出席。")).toContain("山东大学材料科学与工程学院");
    expect(orgs("中国钢铁和冶金工业联合会副秘书长一行调研。")).toEqual(["中国钢铁和冶金工业联合会"]);
    expect(orgs("淮海经济区科技促进会成立,推动产业促进会发展。")).toEqual(["淮海经济区科技促进会"]);
    // (a field alone still names no school: 管理学院)
    expect(orgs("管理学院举办讲座。")).toEqual([]);
  });

  it("reads a task's number at the start of a line as no item of the list after it (13、加快京东云小镇、京东智慧城等项目建设)", () => {
    const ex = read("11、推进高铁商务区建设\n13、加快京东云小镇、京东智慧城、京东物流二期等项目建设\n");
    const projects = ex.mentions.filter((m) => m.type === "Project").map((m) => m.canonical ?? m.name);
    expect(projects).toEqual(expect.arrayContaining(["京东云小镇项目", "京东智慧城项目"]));
    expect(projects.filter((x) => /^[0-9]|加快/.test(x))).toEqual([]);
  });

  it("reads firms by brand and a trade the register's company names use (龙马包装, 建宏塑业), and an academician's workstation named by the academician (聂祚仁院士工作站)", () => {
    expect(orgs("龙马包装、成奥包装、唯恒包装、彩民包装正成为产业集聚的金字招牌。")).toEqual(["龙马包装", "成奥包装", "唯恒包装", "彩民包装"]);
    expect(orgs("聂祚仁院士工作站、徐斌士院士工作站落户濉溪。")).toEqual(["聂祚仁院士工作站", "徐斌士院士工作站"]);
    // (a post held there opens no name: 时任|郑州磨料磨具磨削研究所工程师)
    expect(orgs("时任郑州磨料磨具磨削研究所工程师的冯金章回乡创业。")).toEqual(["郑州磨料磨具磨削研究所"]);
    // (a count of workstations names none)
    expect(orgs("建设院士工作站3家。")).toEqual([]);
  });

  it("reads foreign firms listed among projects as the firms, without their country (韩国大象、德国博世…等一系列重大合作项目)", () => {
    const n = names(read("韩国大象、德国欧绿保、德国博世、英国GKN、瑞士CPH等一系列重大合作项目和世界百强企业落户东海。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:大象", "Organization:博世", "Organization:GKN"]));
    expect(n.filter((x) => x.startsWith("Project:"))).toEqual([]);
  });

  it("reads no name that opens with an aside in brackets ((科创中心)项目) nor with the aspect particle jieba glued on (建成|了己/x|内酯项目)", () => {
    const n = names(read("投资5.2亿元的山东蓝晶生物医药研究与孵化(科创中心)项目正在建设。该公司建成了己内酯项目。"));
    expect(n.some((x) => /^(Project|Zone|Lab):[(（]|了己/.test(x))).toBe(false);
  });

  it("gives each item of a list closed by 等 and a field's projects that whole ending (华能、欣旺达等光伏项目 → 华能光伏项目), but not a word of kind (恒力、盛虹等重点项目 → 恒力项目)", () => {
    const n = names(read("推动华能、欣旺达等光伏项目建设。引进恒力、盛虹等重点项目。"));
    expect(n).toEqual(expect.arrayContaining(["Project:华能光伏项目", "Project:恒力项目"]));
    expect(n).not.toContain("Project:华能项目");
  });

  it("reads no organisation from a description ending on 的 (…企业在内的) or the writer's own school (我校…学院), a subsidiary by its kind as its parent (淮北矿业集团全资子公司), and leaves a modal glued to 由 out (需由|中国铁路总公司); a brand may end on 的 (美的)", () => {
    const n = names(read("全面开展与行业领军企业及创新创业企业在内的多方合作。淮北矿业集团全资子公司安徽碳鑫科技有限公司投资。该项目需由中国铁路总公司统筹安排。我校生命科学与生物工程学院与企业合作。区内拥有格力、美的、海尔等知名品牌企业。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:中国铁路总公司", "Organization:安徽碳鑫科技有限公司"]));
    expect(n.some((x) => /在内的|我校|子公司|需由/.test(x))).toBe(false);
    expect(n.some((x) => x.startsWith("Organization:美的"))).toBe(true);
  });

  it("reads a list of long names parted by semicolons, which are sentences of their own, as one list", () => {
    const ex = read("此次入选的项目分别为临沂至滕州公路;爱拉森医用品有限公司高档非织造布、婴儿纸尿裤及婴儿拉拉裤、医用品生产;山东金精智能制造有限公司智能数控机床及齿轮箱生产;山东山海新材料有限公司锂电材料—碳酸酯等项目。");
    const projects = ex.mentions.filter((m) => m.type === "Project").map((m) => m.canonical ?? m.name);
    expect(projects).toEqual(["爱拉森医用品有限公司高档非织造布、婴儿纸尿裤及婴儿拉拉裤、医用品生产项目", "山东金精智能制造有限公司智能数控机床及齿轮箱生产项目", "山东山海新材料有限公司锂电材料—碳酸酯项目"]);
    expect(rels(ex)).toContain("HOSTED_BY:山东金精智能制造有限公司智能数控机床及齿轮箱生产项目->山东金精智能制造有限公司");
  });

  it("reads a district whose name ends like a park's (梁园区) as the district", () => {
    const ex = read("商丘市梁园区位于商丘市中心北部。梁园区区位优越。");
    expect(ex.mentions.filter((m) => m.name === "梁园区").map((m) => m.type)).toEqual(["District", "District"]);
  });

  it("leaves the verb of (主要)有 and a role's noun (牵头单位) out of the names after them", () => {
    const orgs = read("园区主要有洪达化工、富海能源、瑞圣化工等企业。参会单位包括牵头单位安徽力幕新材料科技有限公司。").mentions.filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs).toEqual(["洪达化工", "富海能源", "瑞圣化工", "安徽力幕新材料科技有限公司"]);
  });

  it("reads companies by brand and trade listed beside registered names (天合光能、蒙牛乳业、…研究院)", () => {
    const orgs = read("代表团实地参观了天合光能、蒙牛乳业、中科君达、南工大宿迁研究院。").mentions.filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs).toEqual(expect.arrayContaining(["天合光能", "蒙牛乳业", "南工大宿迁研究院"]));
    // (a list of fields is no list of companies: 现代物流 is a common word and a trade)
    expect(read("发展现代物流、新型材料、电子信息等产业。").mentions.filter((m) => m.type === "Organization")).toEqual([]);
  });

  it("keeps an item whole where what follows a kind in it names nothing of its own (中德中小企业|园, …及中小企业|科技创新成果转化示范园)", () => {
    const zones = read("全力打造中日生态科技产业园、中德中小企业园、国家新能源产业及中小企业科技创新成果转化示范园等特色产业园区。").mentions.filter((m) => m.type === "Zone").map((m) => m.name);
    expect(zones).toEqual(expect.arrayContaining(["中日生态科技产业园", "中德中小企业园", "国家新能源产业及中小企业科技创新成果转化示范园"]));
    // (a description that restates a kind before a name still goes: 龙头企业|金朋达)
    expect(read("龙头企业金朋达、恒泰新材等5个项目开工。").mentions.map((m) => m.name)).toContain("金朋达");
  });

  it("reads no organisation from a team, a subject, a class of institution or a kind inside a common word", () => {
    const listed = orgs("以生命科学与生物工程学院、化学化工与材料学院与生物医药有关优势专业、创新团队为主体,联合共建而成。");
    expect(listed).toContain("生命科学与生物工程学院");
    expect(listed.filter((x) => /团队|专业/.test(x))).toEqual([]);
    expect(orgs("中心将继续围绕建设高质量应用型大学的办学目标开展科研。")).toEqual([]);
    expect(orgs("举行了优安新能源公司——临沂大学大学生就业基地揭牌仪式。")).toEqual(["优安新能源公司", "临沂大学"]);
  });

  it("reads an unread item of a list of firms as a firm (铁雄新沙 beside 洪达化工, 富海能源), never a village or a listed project", () => {
    expect(orgs("考察团参观考察了洪达化工、富海能源、铁雄新沙、新巨龙能源、东明石化集团、玉皇新村等。")).toEqual(expect.arrayContaining(["洪达化工", "富海能源", "铁雄新沙"]));
    expect(orgs("考察团参观考察了洪达化工、富海能源、铁雄新沙、玉皇新村等。")).not.toContain("玉皇新村");
    // (one firm is no list of firms)
    expect(orgs("先后到临工重托、临工智造园、锣响汽车进行调研。")).not.toContain("临工重托");
    // (the last item ends after its brand and trade where jieba cut the name: 富士|特/d|铝业|均)
    expect(orgs("恒源铝业、银丰铝业、富士特铝业均建立了省级企业技术中心。")).toContain("富士特铝业");
    // (and among brands a brand the dictionary knows as a word, 安踏/v, but no common word, 市场, nor two run together, 创新能力)
    expect(orgs("已有阿迪达斯、耐克、安踏、李宁、特步等几大品牌落户。")).toContain("安踏");
    expect(orgs("阿迪达斯、耐克、市场、创新能力等。")).toEqual(expect.not.arrayContaining(["市场", "创新能力"]));
  });

  it("reads a facility's phase as a project (顺堤河码头二期), but not a firm's (山东信义机械有限公司|二期扩建现场) nor a project's after 项目 (…物流园项目|一期已竣工)", () => {
    const ex = (t: string) => read(t).mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);
    expect(ex("顺堤河码头二期开工建设。")).toContain("Project:顺堤河码头二期");
    const firm = ex("在山东信义机械有限公司二期扩建现场,工人们正在施工。");
    expect(firm).toContain("Organization:山东信义机械有限公司");
    expect(firm.filter((x) => x.startsWith("Project:"))).toEqual([]);
    const project = ex("总投资7.2亿元的普洛斯徐州双楼物流园项目一期已竣工,二期预计年底完工。");
    expect(project).toContain("Project:普洛斯徐州双楼物流园项目");
    expect(project.filter((x) => x.includes("一期"))).toEqual([]);
  });

  it("reads the items of a list closed by 等 and a kind of firm as firms, from the verb that introduces them, without their country (熠跃, 罗姆; 集聚|通得电气; 德国|施密茨)", () => {
    expect(orgs("随着普洛斯、熠跃、远泉、罗姆等物流地产大咖加盟,仓储集聚区正拔地而起。")).toEqual(expect.arrayContaining(["熠跃", "远泉", "罗姆"]));
    expect(orgs("德国施密茨、德国BPW等国际知名车企来到梁山。")).toEqual(expect.arrayContaining(["施密茨", "BPW"]));
    expect(orgs("龙河产业园先后集聚通得电气、福坤科技、明东电器、世成纺织等优质企业。")).toContain("通得电气");
    // (what one firm does, 集…为一体, lists no firms)
    expect(orgs("富海能源是集炼焦生产、煤焦油及苯类加工、干熄焦发电等为一体的煤炭综合利用企业。")).not.toContain("干熄焦发电");
  });

  it("reads the subject of a clause that says it was awarded an enterprise's title as a firm (英搏尔获评…“小巨人”企业), not a count of firms or a phrase", () => {
    expect(orgs("2025年多家企业入围全国农业企业500强;英搏尔获评牡丹区历史上首个专精特新“小巨人”企业;规上高新技术企业达到120家。")).toContain("英搏尔");
    expect(orgs("远华湖产等4家企业入选山东省高端品牌培育企业,微山湖锂动新能源入选全市重点项目观摩五佳企业。")).toContain("微山湖锂动新能源");
    expect(orgs("园区建设加快,让园区在2023年荣获“安徽省中小企业特色产业集群”称号。")).toEqual([]);
  });

  it("reads the firms a clause names as an industry's lead (以三方化工为龙头, 以A、B等企业为龙头) as firms", () => {
    expect(orgs("化工产业,以三方化工为龙头,做大产业群体。")).toContain("三方化工");
    expect(orgs("以绿润公司、玉林油脂、玉皇粮油等企业为龙头,发展粮油加工。")).toEqual(expect.arrayContaining(["玉林油脂", "玉皇粮油"]));
    expect(orgs("以“六增六强”为引领,以创新为龙头。")).toEqual([]);
  });

  it("reads a project opening with its firm's brand and trade, whatever words the brand is made of (精进药业|原料药生产基地项目), but not a common adjective and a field (清洁环保…项目)", () => {
    const projects = (t: string) => read(t).mentions.filter((m) => m.type === "Project").map((m) => m.name);
    expect(projects("集中开工现场,共设精进药业原料药生产基地项目。")).toContain("精进药业原料药生产基地项目");
    expect(projects("采用清洁环保技术进行项目建设。")).toEqual([]);
  });

  it("reads a brand and trade among plainly named items of a list as a project too (百分食品 beside 阿凡提食品)", () => {
    const projects = read("百分食品、贵友食品、阿凡提食品、梦戴家纺等项目已建成投产。").mentions.filter((m) => m.type === "Project").map((m) => m.canonical ?? m.name);
    expect(projects).toEqual(expect.arrayContaining(["百分食品项目", "贵友食品项目", "阿凡提食品项目"]));
  });

  it("ends a list at its 等 before a described kind (拓深科技|等多个…优质项目), keeps an item that names itself a project a project among firms, and names no project by its kind of transport alone", () => {
    const ex = (t: string) => read(t).mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);
    const listed = ex("成功招引正德智控、海外华昇、拓深科技等多个科技含量高、发展后劲足的优质项目。");
    expect(listed).toContain("Project:拓深科技项目");
    expect(listed.filter((x) => x.includes("等"))).toEqual([]);
    const firms = ex("上海聚兆荣服务业总部经济项目、杭州聚学客服基地项目等多家头部外地电商企业落户相山。");
    expect(firms).toEqual(expect.arrayContaining(["Project:上海聚兆荣服务业总部经济项目", "Project:杭州聚学客服基地项目"]));
    const kinds = ex("截至目前,商丘市高速公路项目、内河航运项目、商丘机场、场站物流等一批重点交通项目稳步推进。铁路项目4个、高速项目7个、港口项目9个。");
    expect(kinds).toContain("Infrastructure:商丘机场");
    expect(kinds.filter((x) => /高速公路|航运|高速项目|港口项目|铁路项目|Project:商丘机场/.test(x))).toEqual([]);
  });

  it("reads the items of a list closed by a stage of building (等在建项目, 等续建项目) as projects, not firms", () => {
    const ex = read("蓝天纺织、祥盛纺织、佰仕达木业、诺顿科技等在建项目加快建设。").mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);
    expect(ex).toEqual(expect.arrayContaining(["Project:蓝天纺织项目", "Project:祥盛纺织项目", "Project:佰仕达木业项目", "Project:诺顿科技项目"]));
    expect(ex.filter((x) => x.startsWith("Organization:"))).toEqual([]);
  });

  it("reads stations listed after their count, economic belts named by geography and roads by number", () => {
    const names = read("铁路共设10个车站,包括徐州东、观音机场、睢宁、宿迁和盐城站。推动鲁南经济圈建设,东连沿海经济带,融入淮河生态经济带。105与310国道、国道G220贯穿全境。").mentions.map((m) => `${m.type}:${m.canonical ?? m.name}`);
    expect(names).toEqual(expect.arrayContaining(["Infrastructure:睢宁站", "Infrastructure:宿迁站", "Infrastructure:观音机场站", "Region:鲁南经济圈", "Region:淮河生态经济带", "Infrastructure:105国道", "Infrastructure:310国道", "Infrastructure:国道G220"]));
    expect(names.some((n) => n.includes("沿海经济带"))).toBe(false);
  });

  it("does not take a zone's kind alone for a zone (经济开发区, 国家级经济技术开发区)", () => {
    const zones = read("经济开发区当好区域经济压舱石。作为徐州市唯一的国家级经济技术开发区,徐州经开区是主阵地。").mentions.filter((m) => m.type === "Zone").map((m) => m.name);
    expect(zones).toEqual(["徐州经开区"]);
  });

  it("does not take a place and generic words for a project (徐州产业项目, 砀山县工业项目)", () => {
    const projects = read("徐州产业项目加快推进。砀山县工业项目集中签约。徐州协鑫光伏项目开工。").mentions.filter((m) => m.type === "Project").map((m) => m.name);
    expect(projects).toEqual(["徐州协鑫光伏项目"]);
  });

  it("does not take a demonstrative, a process, a rank's fragment or a verb for a cluster", () => {
    const clusters = read("培植龙头产业化集群,这一产业集群发展迅速。打造纺织千亿级产业集群。大抓产业、大抓先进制造业。").mentions.filter((m) => m.type === "IndustryCluster").map((m) => m.name);
    expect(clusters.filter((c) => /^(这一|龙头产业化|级|大抓|产业$)/.test(c))).toEqual([]);
  });

  it("reads a registered company's trade words as part of its name (济宁能源发展集团有限公司), not a trade alone", () => {
    const orgs = read("由齐鲁交通发展集团有限公司负责建设。商丘行远投资发展有限公司签约。推进发展有限公司。由山东高速集团投资建设。").mentions.filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs).toEqual(["齐鲁交通发展集团有限公司", "商丘行远投资发展有限公司", "山东高速集团"]);
  });

  it("does not take a province's zones for one zone (江苏省开发区)", () => {
    expect(read("根据《江苏省开发区科学发展综合评价办法》,丰县开发区排名第70位。").mentions.filter((m) => m.type === "Zone").map((m) => m.name)).toEqual(["丰县开发区"]);
  });

  it("reads the enterprises of an enumeration as organisations", () => {
    const ex = read("重点培育金鹰精工、华东电缆、恒远机电等上市后备企业。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:金鹰精工", "Organization:华东电缆", "Organization:恒远机电"]));
  });

  it("gives each name of a shared ending its full form (紫金山、钟山实验室)", () => {
    const ex = read("支持紫金山、钟山、太湖实验室承担国家任务。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Lab:紫金山实验室", "Lab:钟山实验室", "Lab:太湖实验室"]));
  });

  it("does not take generic phrases, counts or campaigns for names", () => {
    const ex = read("全年实施22个省级重大产业项目,抓好重点项目,建成6个全国重点实验室,实施“里子”工程。");
    expect(names(ex).filter((n) => /^(Project|Lab|Organization)/.test(n))).toEqual([]);
  });

  it("reads curated short forms of organisations under their registered names", () => {
    const ex = read("徐工机械入选数字领航企业,矿大牵头组建创新联合体。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:徐工集团工程机械股份有限公司", "Organization:中国矿业大学"]));
  });

  it("reads national firms by their short names, and not a short name that is a common word", () => {
    const ex = read("宁德时代、国家电投和吉利集团来访,双方将在绿地和浪潮中寻找机遇。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:宁德时代新能源科技股份有限公司", "Organization:国家电力投资集团有限公司", "Organization:浙江吉利控股集团有限公司"]));
    expect(names(ex).filter((n) => /绿地|浪潮/.test(n))).toEqual([]);
  });

  it("reads chemical parks, logistics parks, Henan's industrial cluster zones and cooperation zones, not the visitor before them nor generic ones", () => {
    const n = names(read("学院一行赴临涣化工园区调研。虞城县产业集聚区、苏滁现代产业合作区和双楼物流园区加快建设。我县产业集聚区、大型综合现代物流园区都在发展。"));
    expect(n).toEqual(expect.arrayContaining(["Zone:临涣化工园区", "Zone:虞城县产业集聚区", "Zone:苏滁现代产业合作区", "Zone:双楼物流园区"]));
    expect(n.filter((x) => /我县|大型|赴/.test(x))).toEqual([]);
  });

  it("reads the region's zones by their short forms, and 自贸试验区 as the free-trade area of a city that has one", () => {
    const lyg = read("连云港市加快发展,连云港市高水平建设自贸试验区,提升中哈基地和上合物流园,连云港港口货物吞吐量增长。", "连云港市政府工作报告");
    expect(names(lyg)).toEqual(expect.arrayContaining(["Zone:中国(江苏)自由贸易试验区连云港片区", "Zone:中哈(连云港)物流合作基地", "Zone:上合组织(连云港)国际物流园", "Infrastructure:连云港港"]));
    const xz = read("徐州市加快发展,徐州市对标自贸试验区改革经验。", "徐州市政府工作报告");
    expect(names(xz).filter((n) => n.startsWith("Zone"))).toEqual([]);
  });

  it("reads a company by brand and trade that opens a clause (建友机械产能位居华东第二, ——嘉鸿鞋业落户), not a known word or a place", () => {
    const n = names(read("签下首份制鞋项目——佳鸿鞋业落户。瑞友机械产能位居华东第二,以冠泓铸造为龙头。智能制造产能提升,宿迁科技投入增长。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:佳鸿鞋业", "Organization:瑞友机械", "Organization:冠泓铸造"]));
    expect(n.filter((x) => /智能制造|宿迁科技/.test(x))).toEqual([]);
    // (nor a verb jieba does not know before a trade that also names a field: 获批|智能|计算…)
    expect(names(read("获批智能计算及应用安徽省重点实验室。")).filter((x) => x.startsWith("Organization"))).toEqual([]);
    // (a rare proper noun for a brand too: 巴特|机械, 阪神|机械)
    expect(names(read("巴特机械、东宇机械、阪神机械……云集于此。"))).toEqual(expect.arrayContaining(["Organization:巴特机械", "Organization:阪神机械"]));
  });

  it("reads the national strategy regions by their names and short forms (珠三角, 长江经济带, 中原经济区)", () => {
    const n = names(read("对接珠三角和长江经济带,融入中原经济区和山东半岛蓝色经济区。"));
    expect(n).toEqual(expect.arrayContaining(["Region:珠江三角洲", "Region:长江经济带", "Region:中原经济区", "Region:山东半岛蓝色经济区"]));
  });

  it("reads a university's campus and a quality inspection centre, not a school's new site", () => {
    const n = names(read("河南大学郑州校区、河南理工大学鹤壁校区建成,国家石墨产品质量监督检验中心揭牌,学校新校区投入使用。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:河南大学郑州校区", "Organization:河南理工大学鹤壁校区", "Organization:国家石墨产品质量监督检验中心"]));
    expect(n.some((x) => /新校区/.test(x))).toBe(false);
  });

  it("reads a brand jieba cuts into two words before a registered name's bracketed place (上交|大|(徐州)新材料研究院)", () => {
    const orgs = read("铜山区委常委戴雷,上交大(徐州)新材料研究院执行院长等陪同调研。").mentions.filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs).toEqual(["上交大(徐州)新材料研究院"]);
  });

  it("reads logistics and demonstration bases and project areas as zones (临沂(朱保)铁路物流基地, 龙湖工业项目区)", () => {
    const zones = read("临沂(朱保)铁路物流基地开通运营。开发区分为新城综合区和龙湖工业项目区。是鲁南国家级煤化工产业示范基地的重要组成部分。").mentions.filter((m) => m.type === "Zone").map((m) => m.name);
    expect(zones).toEqual(expect.arrayContaining(["临沂(朱保)铁路物流基地", "龙湖工业项目区", "鲁南国家级煤化工产业示范基地"]));
  });

  it("reads academies and colleges by their kind (商丘科学院, 郑州工业高等专科学校), and a team before 与 as no part of a name", () => {
    const orgs = read("中国工程院院士团队与商丘科学院签约。由郑州工程学院与郑州工业高等专科学校合并组建。").mentions.filter((m) => m.type === "Organization").map((m) => m.name);
    expect(orgs).toEqual(expect.arrayContaining(["商丘科学院", "郑州工程学院", "郑州工业高等专科学校"]));
    expect(orgs.some((x) => x.includes("团队"))).toBe(false);
  });

  it("reads general-aviation airports (临沭蛟龙通用机场) and no class of airport (4D级民用机场)", () => {
    const infra = read("临沂目前有一个4D级民用机场-临沂启阳国际机场和两个通用机场-费县胡阳通用机场和临沭蛟龙通用机场。").mentions.filter((m) => m.type === "Infrastructure" && !m.via).map((m) => m.name);
    expect(infra).toEqual(["临沂启阳国际机场", "费县胡阳通用机场", "临沭蛟龙通用机场"]);
  });

  it("reads a port or station named by a name jieba cuts into characters (峄州港, 金墩顶火车站), not a generic one", () => {
    const n = names(read("其境内的峄州港是最大的港口。工业园区位于金墩顶火车站以北。建设无废加能站。在该港装卸。"));
    // (a station is named X站 whether the text says 站 or 火车站)
    expect(n).toEqual(expect.arrayContaining(["Infrastructure:峄州港", "Infrastructure:金墩顶站"]));
    expect(n.filter((x) => /加能站|该港/.test(x))).toEqual([]);
  });

  it("does not take a ranking or a designation before a zone's kind for a zone's name", () => {
    const n = names(read("综合实力居全国国家高新技术产业开发区第30位,获批山东省科技金融试点高新技术产业开发区,建设国内一流创新型科技园。"));
    expect(n.filter((x) => x.startsWith("Zone"))).toEqual([]);
  });

  it("reads a town by its name and 镇 even where the register has renamed it, but not 全镇, 特色小镇 or 城镇", () => {
    const n = names(read("临沭县临沭镇召开大会,全镇完成投资,特色小镇建设加快,城镇化率提高,铜山区柳新镇举行开工仪式。"));
    expect(n).toEqual(expect.arrayContaining(["Town:临沭镇", "Town:柳新镇"]));
    expect(n.filter((x) => x.startsWith("Town") && !/临沭镇|柳新镇/.test(x))).toEqual([]);
    expect(rels(read("临沭县临沭镇召开大会。"))).toContain("PART_OF:临沭镇->临沭县");
  });

  it("does not read a verb phrase, a government body or a process as an industry", () => {
    const n = names(read("省委、省政府支持产业发展。围绕做大铝、医药、农副产品等产业,实现集约集群集聚发展,打造创新型产业集群。"));
    expect(n.filter((x) => /省委|做大|集约|创新型/.test(x))).toEqual([]);
  });

  it("reads no lab from a verb or a count before 实验室, and no name from a reading gloss's end", () => {
    const n = names(read("详细了解实验室建设进展,实地查看实验室,一栋栋实验室拔地而起。"));
    expect(n.filter((x) => x.startsWith("Lab"))).toEqual([]);
    expect(names(read("获批國家重點實(shí)驗(yàn)室。")).some((x) => /^[A-Za-z]+:[a-z]/.test(x) || /n\)/.test(x))).toBe(false);
  });

  it("takes the visit and signing verbs before a name out of it (签订, 查看, 随着), and a place before 与 out of a company", () => {
    const ex = read("巨野县与华宝投资股份公司签订巨野香科产业园项目。随着启纳特材料项目开工,园区加快发展。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:华宝投资股份公司", "Project:巨野香科产业园项目", "Project:启纳特材料项目"]));
    expect(rels(ex)).toContain("HOSTED_BY:巨野香科产业园项目->华宝投资股份公司");
  });

  it("reads a firm's brand alone as the firm where the document gives its longer name, not a university as its college", () => {
    const ex = read("天合光能、阿特斯、正信光电等企业集聚。除了天合光能、阿特斯阳光电力、龙恒新能源等百亿级龙头企业,正信光电科技(宿迁)有限公司也在扩产。宿州学院与宿州学院化学化工学院合作。");
    const n = names(ex);
    expect(n).toEqual(expect.arrayContaining(["Organization:阿特斯阳光电力", "Organization:正信光电科技(宿迁)有限公司", "Organization:宿州学院"]));
    expect(n).not.toContain("Organization:阿特斯");
    expect(n).not.toContain("Organization:正信光电");
  });

  it("reads a short form the text declares after a name (X(简称Y)) as that name, wherever it stands", () => {
    const ex = read("江苏省产业技术研究院道路工程技术与装备研究所(简称省产研院道研所)、国家工程机械产品质量监督检验中心(简称国家工程机械质检中心)获批。省产研院道研所致力于公路养护,国家工程机械质检中心建成。");
    const n = names(ex);
    expect(n.filter((x) => /质检中心$|道研所$/.test(x))).toEqual([]);
    expect(ex.mentions.filter((m) => m.name === "省产研院道研所").every((m) => m.canonical === "江苏省产业技术研究院道路工程技术与装备研究所")).toBe(true);
    expect(ex.mentions.filter((m) => m.name === "省产研院道研所").length).toBeGreaterThanOrEqual(2);
  });

  it("reads a bare 高新区 only in a document about a city", () => {
    expect(names(read("宿迁市加快发展。高新区新增项目20个。", "宿迁市人民政府工作报告"))).toContain("Zone:高新区");
    expect(names(read("高新区新增项目20个。")).some((n) => n.startsWith("Zone"))).toBe(false);
  });

  it("reads cluster names only where the document names the cluster system", () => {
    const withSystem = read("培育“343”创新产业集群,工程机械、新材料等集群快速增长。");
    const without = read("企业加大新材料研发投入。");
    expect(names(withSystem)).toEqual(expect.arrayContaining(['IndustryCluster:"343"创新产业集群', "IndustryCluster:工程机械产业集群", "IndustryCluster:新材料产业集群"]));
    expect(names(without).filter((n) => n.startsWith("IndustryCluster"))).toEqual([]);
  });
});
