import { describe, expect, it } from "vitest";
import { names, read, rels } from "./helpers.ts";

describe("line names", () => {
  it("decodes one-character abbreviations, choosing the reading that makes a route", () => {
    // 宿 is 宿迁 between 徐州 and 淮安, 宿州 between 淮北 and 蚌埠
    expect(rels(read("徐宿淮盐铁路通车。"))).toEqual(expect.arrayContaining(["CONNECTS:徐宿淮盐铁路->徐州市", "CONNECTS:徐宿淮盐铁路->宿迁市", "CONNECTS:徐宿淮盐铁路->淮安市", "CONNECTS:徐宿淮盐铁路->盐城市"]));
    const r = rels(read("淮宿蚌铁路加快建设。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:淮宿蚌铁路->淮北市", "CONNECTS:淮宿蚌铁路->宿州市", "CONNECTS:淮宿蚌铁路->蚌埠市"]));
    expect(r.some((x) => x.endsWith("宿迁市"))).toBe(false);
    // (Shandong's line names use its cities' forms too: 滨淄莱 is 滨州, 淄博, 莱芜)
    expect(rels(read("近日,滨淄莱高铁开始方案研究。"))).toEqual(expect.arrayContaining(["CONNECTS:滨淄莱高铁->滨州市", "CONNECTS:滨淄莱高铁->淄博市"]));
  });

  it("reads the places a section's ends name as places its line serves (盐洛高速宿城至泗洪段: 盐洛高速 serves 泗洪县)", () => {
    const r = rels(read("盐洛高速宿城至泗洪段建成。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:盐洛高速->宿城区", "CONNECTS:盐洛高速->泗洪县", "CONNECTS:盐洛高速->盐城市"]));
  });

  it("reads the lines whose names do not decode by abbreviation from curated data (兖石铁路 ends at 石臼所 in 日照, not 石家庄; 德上高速 at 上饶)", () => {
    const r = rels(read("穿越县境的兖石铁路贯通南北。先后打通徐明高速、德上高速等省际断头路。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:兖石铁路->兖州区", "CONNECTS:兖石铁路->日照市", "CONNECTS:德上高速->德州市", "CONNECTS:德上高速->上饶市"]));
    expect(r.some((x) => x.endsWith("石家庄市"))).toBe(false);
  });

  it("reads a line's abbreviation jieba glues to a direction and a verb before it (东靠合|徐高速)", () => {
    expect(rels(read("开发区北接连霍高速,东靠合徐高速,202省道贯穿其中。"))).toEqual(expect.arrayContaining(["CONNECTS:合徐高速->合肥市", "CONNECTS:合徐高速->徐州市"]));
  });

  it("reads a line by its curated other names (京沪二通道 is the 京沪高铁二通道), as a project too, and a route's start after 由 (由潍坊经临沂…至上海)", () => {
    const ex = read("中长期铁路网规划提出将规划建设京沪二通道项目。京沪二通道拟由山东潍坊经临沂、淮安、扬州、南通至上海。");
    expect(names(ex)).not.toContain("Project:京沪二通道项目");
    expect(rels(ex)).toEqual(expect.arrayContaining(["CONNECTS:京沪高铁二通道->潍坊市", "CONNECTS:京沪高铁二通道->临沂市", "CONNECTS:京沪高铁二通道->南通市", "CONNECTS:京沪高铁二通道->上海市"]));
  });

  it("reads no route from a line named by a common word (沿海铁路), and the ends of a line curated data knows (新长铁路: 新沂, 长兴, not 长春)", () => {
    const r = rels(read("沿海铁路加快建设,新长铁路、丰沛铁路在此交汇。"));
    expect(r.filter((x) => x.startsWith("CONNECTS:沿海铁路"))).toEqual([]);
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:新长铁路->新沂市", "CONNECTS:新长铁路->长兴县", "CONNECTS:丰沛铁路->丰县", "CONNECTS:丰沛铁路->沛县"]));
    expect(r.some((x) => x.includes("长春"))).toBe(false);
    // (鲁南快速铁路 is the planning name of the 日兰高铁, and its route through the page's counties is read)
    const lu = read("鲁南快速铁路将经过济宁市嘉祥县、任城区、兖州区、曲阜市和泗水县六个县区。");
    expect(names(lu)).toContain("Infrastructure:日兰高铁");
    expect(rels(lu)).toEqual(expect.arrayContaining(["CONNECTS:日兰高铁->嘉祥县", "CONNECTS:日兰高铁->泗水县", "CONNECTS:日兰高铁->日照市"]));
    // (a line whose other end the abbreviations do not know touches the page's city: 宿固高速 in 宿州's page;
    // and lines listed by abbreviation before a quoted network, 连霍、京台等“四纵四横”的高速路网和京沪、陇海等…铁路)
    const su = read("宿州市加快物流枢纽建设\n宿州市加快建设。宿州将在现有连霍、京台等“四纵四横”的高速路网和京沪、陇海等“四纵三横”的铁路干线基础上,加快宿固高速建设。宿州市推进多式联运。", "宿州市加快物流枢纽建设");
    expect(su.home?.city?.name).toBe("宿州市");
    expect(names(su)).toEqual(expect.arrayContaining(["Infrastructure:连霍高速", "Infrastructure:京沪铁路", "Infrastructure:陇海铁路"]));
    expect(names(su).some((x) => x.includes("和京沪"))).toBe(false);
    expect(rels(su)).toContain("CONNECTS:宿固高速->宿州市");
    expect(rels(su)).not.toContain("CONNECTS:宿固高速->宿迁市");
    // (新石线 is 新乡–日照's 石臼所, not 石家庄)
    const q = rels(read("目前该线路与新菏线统称新石线。"));
    expect(q).toEqual(expect.arrayContaining(["CONNECTS:新石铁路->新乡市", "CONNECTS:新石铁路->日照市"]));
    expect(q.some((x) => x.includes("石家庄"))).toBe(false);
  });

  it("reads no route from a name whose places lie outside every province the page names and the region (湖西航道, 青龙山铁路)", () => {
    const r = rels(read("菏泽市、济宁市加快湖西航道工程建设,青龙山铁路无水港开港。"));
    expect(r.filter((x) => x.startsWith("CONNECTS"))).toEqual([]);
    expect(names(read("菏泽市、济宁市加快湖西航道工程建设。")).some((x) => /湖州|西安|浙江/.test(x))).toBe(false);
  });

  it("reads stations listed before a count and their kind (泗洪、宿迁、泗阳三个客货运中间站), a station named with 火车站 as X站, and a line's direction (东至) as no part of it", () => {
    const ex = read("宿淮铁路东至新长铁路袁北站,设有泗洪、宿迁、泗阳三个客货运中间站。丰县火车站建成。");
    const infra = ex.mentions.filter((m) => m.type === "Infrastructure" && !m.via).map((m) => m.canonical ?? m.name);
    expect(infra).toEqual(expect.arrayContaining(["新长铁路", "泗洪站", "宿迁站", "泗阳站", "丰县站"]));
    expect(names(ex).some((x) => /东至/.test(x))).toBe(false);
  });

  it("reads ship locks by their place (宿豫船闸, 冯集船闸) and waterways by their river (古泊河航道), not a stretch between two points or a lock called \"this\"", () => {
    const ex = read("航道起自京杭大运河交叉口的宿豫船闸,讫至古泊河航道沭阳段。冯集船闸被拆除。跃进沟至邓楼船闸航道养护提升工程开工,这座旧船闸完成使命。");
    const infra = ex.mentions.filter((m) => m.type === "Infrastructure" && !m.via).map((m) => m.canonical ?? m.name);
    expect(infra).toEqual(expect.arrayContaining(["宿豫船闸", "古泊河航道", "冯集船闸"]));
    expect(infra.some((x) => /至|这座/.test(x))).toBe(false);
  });

  it("reads canals named by the places they join (梁济运河, 菏曹运河), not a canal by its kind (古运河, 运河)", () => {
    const ex = read("将梁济运河升级改造列为重点。菏曹运河生态治理。沿古运河发展,新建运河。");
    expect(ex.mentions.filter((m) => m.type === "Infrastructure" && !m.via).map((m) => m.name)).toEqual(["梁济运河", "菏曹运河"]);
    expect(rels(ex)).toEqual(expect.arrayContaining(["CONNECTS:梁济运河->梁山县", "CONNECTS:梁济运河->济宁市"]));
  });

  it("reads railway lines named by their places and 线 (徐沛线, 青阜线, 淮萧客车联络线), not a part of a line or a phrase (全线, 连点成线)", () => {
    const ex = read("青龙山站是符夹线与青阜线交会的枢纽站,丰沛铁路离开徐沛线,淮萧客车联络线通车,枣菏全线贯通,连点成线,建成集线边物流。");
    const lines = ex.mentions.filter((m) => m.type === "Infrastructure" && !m.via).map((m) => m.canonical ?? m.name);
    expect(lines).toEqual(expect.arrayContaining(["青阜线", "徐沛线", "淮萧客车联络线"]));
    expect(lines.filter((x) => /全线|成线|集线/.test(x))).toEqual([]);
    expect(rels(ex)).toEqual(expect.arrayContaining(["CONNECTS:徐沛线->徐州市", "CONNECTS:徐沛线->沛县", "CONNECTS:淮萧客车联络线->淮北市", "CONNECTS:淮萧客车联络线->萧县"]));
  });

  it("reads X至Y lines with a note in brackets before their kind (民权至砀山(豫皖界)高速公路), connecting lines (…高铁联络线), and a first end that is a common word (民权)", () => {
    const r = rels(read("召开了民权至砀山(豫皖界)高速公路和永城至单县(豫鲁界)高速公路工程可行性研究报告技术审查会。为下一步建设淮北至商丘(永城北)高铁联络线预留了条件。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:民权至砀山(豫皖界)高速公路->民权县", "CONNECTS:民权至砀山(豫皖界)高速公路->砀山县", "CONNECTS:永城至单县(豫鲁界)高速公路->永城市", "CONNECTS:永城至单县(豫鲁界)高速公路->单县", "CONNECTS:淮北至商丘(永城北)高铁联络线->淮北市", "CONNECTS:淮北至商丘(永城北)高铁联络线->商丘市"]));
  });

  it("reads a two-place line in a city's own report as touching that city", () => {
    expect(rels(read("宿迁市推进宿淮铁路扩能改造。", "宿迁市人民政府工作报告"))).toEqual(expect.arrayContaining(["CONNECTS:宿淮铁路->宿迁市", "CONNECTS:宿淮铁路->淮安市"]));
  });

  it("reads X至Y lines and lines named after one place", () => {
    expect(rels(read("商丘至菏泽高速开工。"))).toEqual(expect.arrayContaining(["CONNECTS:商丘至菏泽高速->商丘市", "CONNECTS:商丘至菏泽高速->菏泽市"]));
    expect(rels(read("宿迁中欧班列通过阿拉山口等口岸开行。"))).toEqual(expect.arrayContaining(["CONNECTS:宿迁中欧班列->宿迁市", "CONNECTS:宿迁中欧班列->阿拉山口市"]));
  });

  it("reads two lines sharing a kind word where jieba glues the 与 inside an unknown word (连|霍与济|广高速), and curated lines by their real ends", () => {
    const r = rels(read("沛县交通发达,连霍与济广高速、京沪与徐兰高铁穿境而过。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:连霍高速->连云港市", "CONNECTS:连霍高速->霍尔果斯市", "CONNECTS:济广高速->济南市", "CONNECTS:济广高速->广州市", "CONNECTS:徐兰高铁->兰州市"]));
    expect(r).not.toContain("CONNECTS:徐兰高铁->兰考县");
    // (and regional lines whose characters could be read as nearer places in another province: 淮 is 淮安, not 淮北)
    expect(rels(read("淮徐高速、宁宿徐高速公路贯穿全境。"))).toEqual(expect.arrayContaining(["CONNECTS:淮徐高速->淮安市", "CONNECTS:宁宿徐高速->宿迁市"]));
  });

  it("a route told in the sentence after the line's, opening with the line's kind (线路自A引出,经B…), goes on with that line", () => {
    const r = rels(read("丰沛铁路开工建设。线路自徐州东站引出,经铜山区、沛县,止于丰县。该项目总投资50亿元。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:丰沛铁路->铜山区", "CONNECTS:丰沛铁路->沛县", "CONNECTS:丰沛铁路->丰县", "CONNECTS:丰沛铁路->徐州市"]));
    // (not a sentence that opens with the kind but tells no route)
    expect(rels(read("丰沛铁路开工建设。项目建成后,徐州市民出行更方便。")).filter((x) => x === "CONNECTS:丰沛铁路->徐州市")).toHaveLength(0);
  });

  it("reads a waterway named by the places it joins (宿连航道) and its works, not a waterway's kind (内河航道)", () => {
    const ex = read("宿连航道一期工程建成,经宿迁、沭阳至连云港。整治内河航道。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Project:宿连航道一期工程", "Infrastructure:宿连航道"]));
    expect(names(ex)).not.toContain("Infrastructure:内河航道");
    expect(rels(ex)).toEqual(expect.arrayContaining(["CONNECTS:宿连航道->沭阳县"]));
  });

  it("lines that run through the place a sentence is about connect it, two lines sharing one kind word (陇海与京九铁路)", () => {
    const r = rels(read("梁园区位于豫鲁苏皖四省结合部,交通发达,陇海与京九铁路、商杭与徐兰高铁等贯穿全境。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:陇海铁路->梁园区", "CONNECTS:京九铁路->梁园区", "CONNECTS:商杭高铁->梁园区", "CONNECTS:徐兰高铁->梁园区", "CONNECTS:陇海铁路->连云港市"]));
    expect(rels(read("商丘是重点城市,郑徐与商合杭高铁、京九与陇海铁路、310与105国道在商丘交汇。"))).toEqual(expect.arrayContaining(["CONNECTS:陇海铁路->商丘市", "CONNECTS:310国道->商丘市", "CONNECTS:105国道->商丘市"]));
    expect(read("泗许高速连接徐明、京台、济祁、济广高速。").mentions.map((m) => m.canonical ?? m.name)).toEqual(expect.arrayContaining(["徐明高速", "京台高速", "济祁高速", "济广高速"]));
    // (and lines listed before 等 and their kind, with their numbers: each is a line of the kind)
    const listed = read("该项目与徐明(S07)、京台(G3)、济祁(S97)、济广(G35)等多条高速公路相连。徐州东站是京沪高铁、郑徐、徐连、阜淮徐等高铁交汇站。").mentions.map((m) => m.canonical ?? m.name);
    expect(listed).toEqual(expect.arrayContaining(["徐明高速", "京台高速", "济祁高速", "济广高速", "京沪高铁", "郑徐高铁", "徐连高铁", "阜淮徐高铁"]));
    expect(listed).not.toContain("沪高铁高铁");
    // (ports listed each with its 港 are ports whatever jieba made of their names; a kind of port is none)
    const ports = read("建设了润丰港、福兴港。跃进港、龙拱港、太平港负责人参加。建设公路港、内陆港。打造陆港、内河港、空港。").mentions.filter((m) => m.type === "Infrastructure").map((m) => m.name);
    expect(ports).toEqual(expect.arrayContaining(["润丰港", "福兴港", "跃进港", "龙拱港", "太平港"]));
    expect(ports.filter((x) => /公路港|内陆港|陆港|内河港/.test(x))).toEqual([]);
    // (日东高速 is 日照—东明, a curated line, though geography alone would read its 东 as the nearer 东海)
    expect(rels(read("日东高速贯通南北。"))).toEqual(expect.arrayContaining(["CONNECTS:日东高速->日照市", "CONNECTS:日东高速->东明县"]));
    // (a road named by the two places it joins, or with 至, is a line too; a kind of road is none)
    const roads = read("穿越县境的兖石铁路、岚济公路贯通南北。分别为临沂至滕州公路;加快农村公路建设,沿海公路、高等级公路通车。").mentions.filter((m) => m.type === "Infrastructure").map((m) => m.canonical ?? m.name);
    expect(roads).toEqual(expect.arrayContaining(["岚济公路", "临沂至滕州公路"]));
    expect(roads.filter((x) => /农村|沿海|高等级/.test(x))).toEqual([]);
    // (or closed by their count alone, or with the direction they run)
    const counted = read("境内有日菏、坪岚、胶新3条铁路通过。项目与济祁(S97)、济广(G35)等多条南北向高速公路相连。").mentions.map((m) => m.canonical ?? m.name);
    expect(counted).toEqual(expect.arrayContaining(["日菏铁路", "坪岚铁路", "胶新铁路", "济祁高速", "济广高速"]));
    // (places listed before a line are places)
    expect(read("徐州、宿迁等高铁沿线城市。").mentions.filter((m) => m.type === "Infrastructure")).toEqual([]);
    // (an item named as a line in a list of projects is the line: 济莱高铁、…等5个在建高铁项目)
    const inProjects = read("全力推进菏泽至兰考段、济莱高铁、潍莱高铁、济郑高铁等5个在建高铁项目建设。").mentions;
    expect(inProjects.filter((m) => /^(济莱|潍莱|济郑)高铁$/.test(m.name)).map((m) => m.type)).toEqual(["Infrastructure", "Infrastructure", "Infrastructure"]);
    // (the end of 铁路通道 before 和 is no line's abbreviation)
    expect(read("在连云港连接沿海铁路通道和连镇高铁。").mentions.map((m) => m.canonical ?? m.name)).not.toContain("铁路通道高铁");
  });

  it("a route that opens a later clause is the line's, past lines it only meets (与枣菏高速相接) or names for an interchange", () => {
    const ex = read("临沂至滕州高速公路,项目与枣菏高速相接,正在开展征地拆迁工作,东起自临沂市河东区长深高速河东互通南约4公里处,途经临沂市河东区、兰山区、费县、平邑县,枣庄市山亭区、滕州市,西至枣菏高速与京台高速交叉设置的滕州北枢纽互通立交。");
    const r = rels(ex);
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:临沂至滕州高速公路->兰山区", "CONNECTS:临沂至滕州高速公路->费县", "CONNECTS:临沂至滕州高速公路->平邑县", "CONNECTS:临沂至滕州高速公路->山亭区"]));
    expect(r.some((x) => x.startsWith("CONNECTS:枣菏高速->费县"))).toBe(false);
    // (the places in front of 长深高速 are where it is met, not its name)
    expect(ex.mentions.map((m) => m.canonical ?? m.name)).toContain("长深高速");
  });

  it("a route goes on through clauses that name sections, towns and lines it crosses (徐淮阜高速)", () => {
    const r = rels(read("徐淮阜高速是连接徐州、淮北与阜阳的重要交通干线,由安徽建工集团投资建设运营的淮北段、宿州段起于皖苏省界圣泉镇,串联萧县五大乡镇,由孙圩子互通跨连霍高速后,在洪碱河处无缝衔接淮北,经相山区、濉溪县最终在临涣枢纽顺接盐洛高速,全长72.07公里。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:徐淮阜高速->宿州市", "CONNECTS:徐淮阜高速->萧县", "CONNECTS:徐淮阜高速->相山区", "CONNECTS:徐淮阜高速->濉溪县"]));
    expect(r.some((x) => /^CONNECTS:(连霍高速|盐洛高速)->(萧县|相山区|濉溪县)$/.test(x))).toBe(false);
    // (跨 that crosses no line is no route: "徐州至淮北、徐州至宿州2条跨省际快速路")
    expect(rels(read("徐连高铁通车运行,徐州至淮北、徐州至宿州2条跨省际快速路建成通车。")).some((x) => x.startsWith("CONNECTS:徐连高铁->宿州市"))).toBe(false);
  });

  it("a route told over sentences after a topic (在线路走向上,该项目起自…,接A及B…。途经…) is the works' line's, not the lines it joins", () => {
    const r = rels(read("济广高速公路济南至菏泽段改扩建工程项目法人为齐鲁高速公路股份有限公司,投资估算总金额约200.3亿元。\n在线路走向上,该项目起自G35殷家林枢纽互通立交,接G3京台高速公路槐荫枢纽至殷家林枢纽段及G2001济南绕城高速公路,向西南方向沿老路扩建。途经济南市市中区、长清区、平阴县,泰安市东平县,济宁市汶上县、梁山县、嘉祥县,菏泽市郓城县、巨野县,止于王官屯枢纽互通立交。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:济广高速公路济南至菏泽段->长清区", "CONNECTS:济广高速公路济南至菏泽段->东平县", "CONNECTS:济广高速公路济南至菏泽段->汶上县", "CONNECTS:济广高速公路济南至菏泽段->巨野县"]));
    expect(r.filter((x) => /^CONNECTS:(京台高速公路|京台高速|济南绕城高速公路)->(长清区|东平县|汶上县|巨野县)$/.test(x))).toEqual([]);
  });

  it("a route's end on another line's station (西起京沪铁路符离集车站,东至新长铁路袁北站) leaves the route with its own line", () => {
    const r = rels(read("宿淮铁路西起京沪铁路符离集车站,东至新长铁路袁北站,途经安徽省宿州市、灵璧县、泗县,江苏省泗洪县、宿迁市、泗阳县、淮安市。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:宿淮铁路->宿州市", "CONNECTS:宿淮铁路->灵璧县", "CONNECTS:宿淮铁路->泗县", "CONNECTS:宿淮铁路->泗洪县", "CONNECTS:宿淮铁路->泗阳县"]));
    expect(r.filter((x) => /^CONNECTS:(新长铁路|京沪铁路)->(宿州市|灵璧县|泗县|泗洪县|泗阳县)$/.test(x))).toEqual([]);
  });

  it("a section named after a place connects it (徐民高速菏泽段)", () => {
    expect(rels(read("徐民高速菏泽段加快建设。"))).toEqual(expect.arrayContaining(["CONNECTS:徐民高速->菏泽市", "CONNECTS:徐民高速->民权县"]));
  });

  it("reads lines named after the words that say they cross a county (穿越县境的A、B, 境内有A和B) as serving it, and lines that 纵横交错 there", () => {
    const r = rels(read("睢宁县境内有徐宿淮盐铁路和宿新高速。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:徐宿淮盐铁路->睢宁县", "CONNECTS:宿新高速->睢宁县"]));
    expect(rels(read("莒南县位于鲁东南,穿越县境的兖石铁路、岚济公路、同三高速贯通南北。"))).toEqual(expect.arrayContaining(["CONNECTS:兖石铁路->莒南县", "CONNECTS:同三高速->莒南县"]));
    expect(rels(read("萧县交通便利,连霍高速、京台高速纵横交错。"))).toEqual(expect.arrayContaining(["CONNECTS:连霍高速->萧县", "CONNECTS:京台高速->萧县"]));
  });
});

describe("relations from triggers", () => {
  it("COOPERATES_WITH a 与-partner by the sentence's own subject, not by a party named in passing before it", () => {
    const r = rels(read("下一步,经开区将以与徐州医科大学校地共建为牵引,全力支持实验室创建专研所,与复星凯特、中信医疗集团等企业合作,加快打造生物医药产业高地。"));
    expect(r.filter((x) => x.startsWith("COOPERATES_WITH"))).toEqual([]);
    expect(rels(read("徐州医科大学与复星凯特签署合作协议。"))).toContain("COOPERATES_WITH:徐州医科大学->复星凯特");
    // (nor by the place where it happens: 在临沂市发改委,…并与X对接合作)
    const at = rels(read("在临沂市发改委,赵晖一行同工作专班开展座谈交流,并与山东金马汽车装备科技有限公司主要负责人对接合作项目。"));
    expect(at.filter((x) => x.startsWith("COOPERATES_WITH"))).toEqual([]);
  });

  it("HOSTED_BY for a project named by its owner's brand and trade, without the owner's place and generic trades (苏铝新材料项目: 江苏苏铝新材料科技有限公司)", () => {
    expect(rels(read("苏铝新材料项目在宿迁高新区开工奠基。江苏苏铝新材料科技有限公司董事长介绍了项目情况。"))).toContain("HOSTED_BY:苏铝新材料项目->江苏苏铝新材料科技有限公司");
  });

  it("HOSTED_BY for a unit named on its owner's name (…大学附属医院), not for a firm that shares a brand with another (山推重工, 山推股份)", () => {
    const r = rels(read("徐州医科大学附属医院与徐州医科大学签约。济宁高新区已形成小松山推、山推股份、小松优特力、山推重工、中国重汽集团5大工程机械企业。"));
    expect(r).toContain("HOSTED_BY:徐州医科大学附属医院->徐州医科大学");
    expect(r.filter((x) => /^HOSTED_BY:(山推重工|小松优特力)/.test(x))).toEqual([]);
  });

  it("MEMBER_OF for the cities a region's extent lists (实施范围包括…), and for a city that will further 融入 a region", () => {
    const r = rels(read("根据《实施方案》,鲁豫毗邻地区合作发展的实施范围包括山东省聊城市、菏泽市,河南省濮阳市、商丘市。淮北将进一步融入徐州都市圈。"));
    expect(r).toEqual(expect.arrayContaining(["MEMBER_OF:聊城市->鲁豫毗邻地区", "MEMBER_OF:菏泽市->鲁豫毗邻地区", "MEMBER_OF:商丘市->鲁豫毗邻地区", "MEMBER_OF:淮北市->徐州都市圈"]));
  });

  it("LOCATED_IN from 位于…的", () => {
    expect(rels(read("位于宿迁经开区的天合光能项目开工。"))).toContain("LOCATED_IN:天合光能项目->宿迁经开区");
  });

  it("LOCATED_IN for what settled in \"the park\" (落户园区的…项目, A、B等…项目入园以来), in the zone the paragraph named, and for the firms a zone 成功吸纳了", () => {
    expect(rels(read("今年以来,邳州经济开发区努力在服务项目上下功夫。\n落户园区的爱谱生项目是国内最大生产基地。"))).toContain("LOCATED_IN:爱谱生项目->邳州经济开发区");
    const r = rels(read("近年来,临沂工业园发展迅速。\n在印刷包装方面,自国美印务、华天印务等印刷产业项目入园以来,带动了一批企业。"));
    expect(r.filter((x) => /^LOCATED_IN:(国美印务|华天印务).*->临沂工业园$/.test(x))).toHaveLength(2);
    expect(rels(read("近年来,济宁高新区围绕壮大工程机械产业集群,成功吸纳了山推股份、日本小松山推等在内的数百家企业。"))).toEqual(expect.arrayContaining(["LOCATED_IN:山推股份->济宁高新区", "LOCATED_IN:小松山推->济宁高新区"]));
  });

  it("LOCATED_IN for the firms a sentence says the zone before it holds, after a time word (目前,区内已集聚…)", () => {
    const r = rels(read("近年来,连云港经济技术开发区重点发展新医药、新材料等主导产业。目前,区内已集聚恒瑞医药、豪森药业等世界500强企业。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:江苏恒瑞医药股份有限公司->连云港经济技术开发区", "LOCATED_IN:豪森药业->连云港经济技术开发区"]));
  });

  it("takes the one county a page names near its start, and no other place, for the page's own (金乡县成功争取…): its projects are there", () => {
    const r = rels(read("近日,\n山东省发展和改革委员会公布\n2023年省重点项目名单\n金乡县成功争取省级重点项目14个\n其中:\n诚宇新材料、如鲲二期、睿安三期等5个项目获批省重大项目;\n同利新材料、杭康新材料等5个项目获批省优选项目。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:同利新材料项目->金乡县", "LOCATED_IN:杭康新材料项目->金乡县"]));
  });

  it("LOCATED_IN under the place that heads each section of a page (沭阳县⏎…⏎泗阳县⏎…), not for a firm of Hong Kong or Taiwan", () => {
    const r = rels(read("今年新开工项目207个。\n沭阳县\n红柳纺织项目由江阴红柳床单投资建设,计划总投资12亿元。\n泗阳县\n江苏斯茵织造有限公司是香港斯茵集团旗下子公司,于今年5月部分投产。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:红柳纺织项目->沭阳县", "LOCATED_IN:江苏斯茵织造有限公司->泗阳县"]));
    expect(r.some((x) => x.startsWith("LOCATED_IN:香港斯茵集团"))).toBe(false);
  });

  it("LOCATED_IN from 位于…内的, from a 位于 told a clause after the sentence's subject, and from a project signed into a place", () => {
    expect(rels(read("走进位于泗县经济开发区内的安徽泉为绿能新能源科技有限公司,项目建设如火如荼。"))).toContain("LOCATED_IN:安徽泉为绿能新能源科技有限公司->泗县经济开发区");
    expect(rels(read("郓城化工产业园,始建于2009年1月份,位于郓城县随官屯镇南部。"))).toContain("LOCATED_IN:郓城化工产业园->随官屯镇");
    expect(rels(read("小松全球智能制造基地项目随之签约济宁高新区。"))).toContain("LOCATED_IN:小松全球智能制造基地项目->济宁高新区");
    // (a firm that signs with a place is not placed there)
    expect(rels(read("徐工集团与睢宁县签约。")).filter((x) => x.startsWith("LOCATED_IN"))).toEqual([]);
  });

  it("HOSTED_BY and LOCATED_IN from 依托…成立", () => {
    const r = rels(read("商丘依托郑州大学成立了商丘新材料实验室。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:商丘新材料实验室->郑州大学", "LOCATED_IN:商丘新材料实验室->商丘市"]));
  });

  it("MEMBER_OF from a city named as a region's centre", () => {
    expect(rels(read("加快宿迁长江三角洲区域中心城市建设。"))).toContain("MEMBER_OF:宿迁市->长江三角洲");
  });

  it("HOSTED_BY and LEADS from 牵头成立", () => {
    const r = rels(read("江苏师范大学牵头成立淮海文化旅游联盟。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:淮海文化旅游联盟->江苏师范大学", "LEADS:江苏师范大学->淮海文化旅游联盟"]));
  });

  it("COOPERATES_WITH from A与B、C…共同/开展", () => {
    const r = rels(read("商丘与菏泽、济宁分别开展跨界河流联合检查。"));
    expect(r).toEqual(expect.arrayContaining(["COOPERATES_WITH:商丘市->菏泽市", "COOPERATES_WITH:商丘市->济宁市"]));
    expect(rels(read("商丘与菏泽相距不远。"))).toEqual([]);
    // no subject: the document's city works with everyone listed
    const listed = rels(read("商丘市加快发展。与菏泽、亳州、淮北等地共同推进交界地区协同发展。", "商丘市人民政府工作报告"));
    expect(listed).toEqual(expect.arrayContaining(["COOPERATES_WITH:商丘市->菏泽市", "COOPERATES_WITH:商丘市->亳州市", "COOPERATES_WITH:商丘市->淮北市"]));
    // (but a firm or an institute a sentence works with, its subject left out, is not the city's partner for that)
    const firm = rels(read("商丘市加快发展。与中信医疗集团等企业合作,打造医疗高地。", "商丘市人民政府工作报告"));
    expect(firm.filter((x) => x.startsWith("COOPERATES_WITH"))).toEqual([]);
  });

  it("COOPERATES_WITH with every named party of a signing, past parties the dictionary does not read", () => {
    const r = rels(read("菏泽产业技术研究院与浙大系、浙商系、国药集团、齐鲁工业大学、菏泽学院签订了战略合作协议。"));
    expect(r).toEqual(expect.arrayContaining(["COOPERATES_WITH:菏泽产业技术研究院->中国医药集团有限公司", "COOPERATES_WITH:菏泽产业技术研究院->齐鲁工业大学", "COOPERATES_WITH:菏泽产业技术研究院->菏泽学院"]));
  });

  it("a paragraph that opens with a zone locates its projects there, not the partners it works with", () => {
    const ex = read("宿迁高新区当好创新主引擎。主动对接南京大学等高校,推动京东智慧物流园、顺丰电商产业园等12个项目落地。", "宿迁市人民政府工作报告");
    const r = rels(ex);
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:京东智慧物流园->宿迁高新区", "LOCATED_IN:顺丰电商产业园->宿迁高新区"]));
    expect(r.some((x) => x.startsWith("LOCATED_IN:南京大学"))).toBe(false);
  });

  it("a zone's own page, which calls it 开发区 once named, locates its enterprises in the zone", () => {
    const text = "近年来,开发区突出项目建设。丰县开发区在全省124家开发区中综合排名70位。以速利达、百事利、绿源为龙头的电动三轮车产业集群初步形成。";
    const ex = read(text);
    expect(ex.home?.zone).toBe("丰县开发区");
    expect(rels(ex)).toEqual(expect.arrayContaining(["LOCATED_IN:速利达->丰县开发区", "LOCATED_IN:绿源->丰县开发区"]));
    // a page that only counts zones (全省124家开发区) is no zone's page
    expect(read("丰县开发区在全省124家开发区中排名70位。丰县推进项目建设。").home?.zone).toBeUndefined();
  });

  it("a zone named by a county whose short form is a common word (民权高新区) is part of that county; a project named by its district holds no other district inside (河东区…项目, not 东区)", () => {
    expect(rels(read("河南省商丘市民权县。民权高新区内现拥有20余个知名品牌。"))).toContain("PART_OF:民权高新区->民权县");
    const r = rels(read("临沂市河东区开工河东区文体教育中心项目。"));
    expect(r.some((x) => x.endsWith("->东区"))).toBe(false);
  });

  it("a park two places built together (张家港宿豫工业园) is the host's on the host's page; a station named by a hill (青龙山站) is not in the county whose short form opens it", () => {
    const r = rels(read("宿迁市宿豫区依托张家港宿豫工业园等平台推进招商。宿豫区的企业加快发展。"));
    expect(r).toContain("PART_OF:张家港宿豫工业园->宿豫区");
    expect(r.some((x) => x.startsWith("PART_OF:张家港宿豫工业园->张家港"))).toBe(false);
    expect(rels(read("淮北市青龙山站是符夹线与青阜线交会的枢纽站。")).some((x) => x.includes("青龙满族自治县"))).toBe(false);
  });

  it("what a clause says settled in the park it opens with (在…产业园内,已成功落户A、B) or in \"the zone\" after a comma (…,区内已建成A、B等项目) is in that park, not only in the page's zone", () => {
    const r = rels(read("沭阳开发区加大纺织服装业培育,在已建成的纺织纤维新材料特色产业园内,已成功落户邦源纺织、宝娜斯针织等企业87家。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:邦源纺织->纺织纤维新材料特色产业园", "LOCATED_IN:宝娜斯针织->纺织纤维新材料特色产业园"]));
    const q = rels(read("大运河·启航智能制造科创园位于玉山路南侧,总占地约1700亩。启动区占地238亩,区内已建成鑫金山机械、越成制动等项目;"));
    expect(q).toEqual(expect.arrayContaining(["LOCATED_IN:鑫金山机械项目->大运河·启航智能制造科创园", "LOCATED_IN:越成制动项目->大运河·启航智能制造科创园"]));
  });

  it("a zone named by its short and full kinds (邳州经开区, 邳州经济开发区) and called 经济开发区 in between is the page's zone; a firm that settled there in a year (2016年落户) is in it", () => {
    const ex = read("邳州经济开发区开拓创新,通过产业链招商,盘活原大晶集团。原大晶集团2016年落户邳州经开区,包含四家公司。为盘活该项目,经济开发区通过产业链招商,重新盘活该企业。经济开发区以及整个邳州市的规划非常好。");
    expect(ex.home?.zone).toBe("邳州经济开发区");
    expect(rels(ex).some((x) => /^LOCATED_IN:大晶集团->邳州经(济开发区|开区)$/.test(x))).toBe(true);
  });

  it("on a zone's page a lab is not placed in the zone by default, and a project with another city inside its name (萧县·徐州智能制造项目) is the page's place's", () => {
    const ex = read("济宁高新区推进招商\n济宁高新区加快建设。\n近日,代表团参观了松山湖材料实验室。\n济宁高新区推进招商。", "济宁高新区推进招商");
    expect(ex.home?.zone).toBe("济宁高新区");
    expect(rels(ex).some((x) => x.startsWith("LOCATED_IN:松山湖材料实验室->"))).toBe(false);
    const r = rels(read("萧县招商引资\n萧县推进项目建设。\n近日签约萧县·徐州智能制造项目。\n萧县举行项目签约仪式。", "萧县招商引资"));
    expect(r).toContain("LOCATED_IN:萧县·徐州智能制造项目->萧县");
    expect(r.some((x) => x.endsWith("->徐州市") && x.startsWith("LOCATED_IN"))).toBe(false);
  });

  it("a project named by its owner's brand is hosted by the owner, whether the owner's registered name opens with a province (安徽碳鑫科技有限公司: 碳鑫科技…项目), carries a place in brackets (亲亲食品集团(香港)股份有限公司), or is the text's short form of a curated full name (京东集团)", () => {
    const r = rels(read("安徽碳鑫科技有限公司加快建设。碳鑫科技甲醇综合利用项目已投产。亲亲食品集团(香港)股份有限公司投资。亲亲食品山东生产基地项目开工。京东集团布局宿迁。京东智慧城项目封顶。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:碳鑫科技甲醇综合利用项目->安徽碳鑫科技有限公司", "HOSTED_BY:亲亲食品山东生产基地项目->亲亲食品集团(香港)股份有限公司"]));
    expect(r.some((x) => x.startsWith("HOSTED_BY:京东智慧城项目->"))).toBe(true);
  });

  it("an industrial base named by its place and field is a zone (连云港石化产业基地), and the firms the clause says it formed are in it (如今已形成A、B等…企业); a base without a place is none (国家级石化产业基地, 新材料产业基地)", () => {
    const ex = read("连云港石化产业基地是国家规划布局的全国七大石化产业基地之一,如今已形成盛虹石化、卫星化学、新海石化等一批重点龙头企业。徐州建设国家级石化产业基地和新材料产业基地。");
    expect(rels(ex)).toEqual(expect.arrayContaining(["PART_OF:连云港石化产业基地->连云港市", "LOCATED_IN:盛虹石化->连云港石化产业基地", "LOCATED_IN:新海石化->连云港石化产业基地"]));
    expect(names(ex).filter((x) => x.startsWith("Zone:"))).toEqual(["Zone:连云港石化产业基地"]);
  });

  it("a place's bare 开发区 is the development zone the page names in full, and the page is that zone's", () => {
    const ex = read("2008年,连云港开发区管委会推进产业升级。连云港经济技术开发区重点发展新医药。连云港开发区已建成一批企业,恒瑞医药、康缘药业位列全国40强。");
    expect(names(ex)).not.toContain("Zone:连云港开发区");
    expect(ex.home?.zone).toBe("连云港经济技术开发区");
    expect(rels(ex)).toEqual(expect.arrayContaining(["LOCATED_IN:康缘药业->连云港经济技术开发区"]));
  });

  it("a city's page headed by a bare 高新区 is its zone's page, and the zone holds the projects", () => {
    const ex = read("宿州市 > 今日宿州 > 正文\n高新区经济运行呈现良好势头\n今年以来,高新区加大招商力度。高新区已签约迎宾电子项目、金意达手机项目。", "高新区经济运行呈现良好势头");
    expect(ex.home?.zone).toBe("高新区");
    expect(rels(ex)).toEqual(expect.arrayContaining(["LOCATED_IN:迎宾电子项目->高新区"]));
    // (not on a page whose heading names the zone after something else)
    expect(read("宿州市 > 今日宿州 > 正文\n宿州市召开会议\n宿州市部署工作,高新区新增项目20个。", "宿州市召开会议").home?.zone).toBeUndefined();
  });

  it("a county's page that calls itself 该县 under a title naming it after its province is the county's", () => {
    const ex = read("山东沂水优势产业集群成为核心板块\n山东沂水县以大投入为前提,培育产业集群。该县以恒昌机械为龙头,做强机械制造产业。", "山东沂水优势产业集群成为核心板块");
    expect(ex.home?.district?.name).toBe("沂水县");
    // (a place and generic words name no cluster)
    expect(ex.mentions.some((m) => m.type === "IndustryCluster" && /优势产业集群/.test(m.name))).toBe(false);
  });

  it("a county's page does not hold a university or a company named after another province", () => {
    const r = rels(read("虞城县加快发展。浙江坤泰工具有限公司、虞城县金诺工具有限公司等企业签约。济南大学与平邑县合作。", "虞城县招商"));
    expect(r).toContain("LOCATED_IN:虞城县金诺工具有限公司->虞城县");
    expect(r.some((x) => x.startsWith("LOCATED_IN:浙江坤泰工具有限公司"))).toBe(false);
    expect(r.some((x) => x.startsWith("LOCATED_IN:济南大学"))).toBe(false);
  });

  it("a park named with the zone it is in (萧县经济开发区智能制造产业园) is in that zone, and 签约落户 a city's zone puts a project in the zone", () => {
    const r = rels(read("位于灵璧经济开发区智能制造产业园的企业开工。总投资32亿元的嘉盛激光智能装备项目签约落户宿迁市宿城经济开发区。研究院设在临沂高新区大学园。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:灵璧经济开发区智能制造产业园->灵璧经济开发区", "LOCATED_IN:嘉盛激光智能装备项目->宿城经济开发区", "LOCATED_IN:临沂高新区大学园->临沂高新区"]));
  });

  it("a project named by its owner's short name or brand is hosted by the owner (欣旺达二期, 苏科高新·…项目)", () => {
    const r = rels(read("加快科达利精密结构件生产基地、宁德时代二期等项目建设,以宁德时代为龙头。苏科高新产业集团摘牌地块,苏科高新·张家港宿豫科技产业园项目落户。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:宁德时代二期->宁德时代新能源科技股份有限公司", "HOSTED_BY:苏科高新·张家港宿豫科技产业园项目->苏科高新产业集团"]));
  });

  it("the companies that jointly build a quoted project (A、B等联合拟在Z建设“Y”项目) host it, and a registered name keeps a verb after its province", () => {
    const ex = read("经多次洽谈,江苏瑞泰工具有限公司、浙江开拓五金有限公司等联合拟在我县产业集聚区建设“华诺五金科技产业园”项目。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:浙江开拓五金有限公司", "Project:华诺五金科技产业园"]));
    expect(rels(ex)).toEqual(expect.arrayContaining(["HOSTED_BY:华诺五金科技产业园->江苏瑞泰工具有限公司", "HOSTED_BY:华诺五金科技产业园->浙江开拓五金有限公司"]));
  });

  it("a company that builds in a place (X在P投资建设的Y) hosts Y, and Y, not the company, is in P", () => {
    const r = rels(read("江苏中能硅业科技发展有限公司在丰县投资建设的鑫源光伏电池片项目并网。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:鑫源光伏电池片项目->江苏中能硅业科技发展有限公司", "LOCATED_IN:鑫源光伏电池片项目->丰县"]));
    expect(r).not.toContain("LOCATED_IN:江苏中能硅业科技发展有限公司->丰县");
  });

  it("the party of a signing is the company, not the agreement after its name (与X集团战略合作框架协议签署)", () => {
    const ex = read("近日,菏泽市人民政府与中国建材集团战略合作框架协议签署仪式在北京举行。");
    expect(names(ex)).toContain("Organization:中国建材集团有限公司");
    expect(names(ex).some((n) => /协议/.test(n))).toBe(false);
    expect(rels(ex)).toContain("COOPERATES_WITH:菏泽市->中国建材集团有限公司");
  });

  it("a city that signs with 我市 cooperates with the document's home city", () => {
    const r = rels(read("临沂市加快发展。临沂市召开会议。连云港市市长率党政考察团来临,并与我市签署《区域合作协议》。", "临沂市新闻"));
    expect(r).toContain("COOPERATES_WITH:连云港市->临沂市");
  });

  it("a paragraph opened by an industrial park does not hold a new area or development zone listed after it", () => {
    const r = rels(read("苏宿工业园区6个项目,年度计划投资16.5亿元;宿迁经济技术开发区5个项目,年度计划投资10亿元;洋河新区3个项目。", "宿迁市重大项目"));
    expect(r.filter((x) => x.startsWith("LOCATED_IN") && x.endsWith("->苏宿工业园区"))).toEqual([]);
  });

  it("an institute a university and a partner set up, named by both with a dash, is one organisation hosted by the university", () => {
    const ex = read("临沂高新区与临沂大学举行签约仪式,共建临沂大学—临沂发展研究院。");
    expect(names(ex)).toContain("Organization:临沂大学—临沂发展研究院");
    expect(rels(ex)).toContain("HOSTED_BY:临沂大学—临沂发展研究院->临沂大学");
    // (a dash before a clause is no such name: 山东大学—临沂能源签署合作共建…研究中心)
    expect(names(read("山东大学—临沂能源签署合作共建高端装备制造研究中心。")).some((n) => /签署/.test(n))).toBe(false);
  });

  it("a company's unit (X旗下Y), a project whose investor the text names by role (投资方为X) or after a comma (,由X投资建设) is hosted by the company", () => {
    const r = rels(read("恒力集团旗下康辉新材料科技有限公司投产。鑫源光伏电池片项目总投资10亿元,投资方为江苏中能硅业科技发展有限公司。瑞丰二期项目,由江苏瑞丰新材料有限公司投资建设。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:康辉新材料科技有限公司->恒力集团有限公司", "HOSTED_BY:鑫源光伏电池片项目->江苏中能硅业科技发展有限公司", "HOSTED_BY:瑞丰二期项目->江苏瑞丰新材料有限公司"]));
  });

  it("a company registered under its county's name is in that county", () => {
    expect(rels(read("枣庄市组织企业座谈,滕州市安川自动化机械有限公司等企业参加。", "枣庄市新闻"))).toContain("LOCATED_IN:滕州市安川自动化机械有限公司->滕州市");
  });

  it("a city the text calls part of a region (X是R的重要增长极, 融入R) is its member", () => {
    const r = rels(read("临沂是淮河生态经济带的重要节点城市。支持枣庄融入长江经济带。临沂,是一个城市。"));
    expect(r).toEqual(expect.arrayContaining(["MEMBER_OF:临沂市->淮河生态经济带", "MEMBER_OF:枣庄市->长江经济带"]));
  });

  it("a zone said to hold enterprises (Z已集聚A、B等企业) holds them, and 坐落在 places a company", () => {
    const r = rels(read("目前,宿迁高新区已集聚江苏瑞丰新材料有限公司、宿迁华恒机械有限公司等一批企业。江苏恒泰化工有限公司坐落在宿迁经济技术开发区。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:江苏瑞丰新材料有限公司->宿迁高新区", "LOCATED_IN:宿迁华恒机械有限公司->宿迁高新区", "LOCATED_IN:江苏恒泰化工有限公司->宿迁经济技术开发区"]));
  });

  it("a city or county said to hold enterprises (宿迁还集聚了A、B等企业) holds them, but not the firms it only names", () => {
    const r = rels(read("宿迁还集聚了宏润科技、东磁新能源、欧亚照明等一大批知名配套企业。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:宏润科技->宿迁市", "LOCATED_IN:东磁新能源->宿迁市", "LOCATED_IN:欧亚照明->宿迁市"]));
    expect(rels(read("宿迁与宏润科技、东磁新能源等企业签约。")).filter((x) => x.startsWith("LOCATED_IN"))).toEqual([]);
  });

  it("every item of a list closed by 等 is where the list settles (A、B等…项目落户淮北杜集区)", () => {
    const r = rels(read("金鑫电动车、卫嘉健康科技等徐州投资项目落户淮北杜集区。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:金鑫电动车项目->杜集区", "LOCATED_IN:卫嘉健康科技项目->杜集区"]));
    expect(r.filter((x) => x.endsWith("->徐州市"))).toEqual([]);
  });

  it("reads a section named with its line as the section and the line, each joining its own ends (济宁至商丘高速|成武至曹县段), and the ends of A至B even where one is a common word (徐州至民权高速)", () => {
    const ex = read("在建的高速公路有3条,分别是郓城至鄄城高速、济宁至商丘高速成武至曹县段、徐州至民权高速单县至曹县段。", "菏泽市交通");
    const r = rels(ex);
    expect(r).toEqual(expect.arrayContaining([
      "CONNECTS:济宁至商丘高速成武至曹县段->成武县",
      "CONNECTS:济宁至商丘高速成武至曹县段->曹县",
      "CONNECTS:济宁至商丘高速->济宁市",
      "CONNECTS:济宁至商丘高速->商丘市",
      "CONNECTS:徐州至民权高速单县至曹县段->单县",
      "CONNECTS:徐州至民权高速->民权县",
    ]));
    expect(r).not.toContain("CONNECTS:济宁至商丘高速成武至曹县段->单县");
  });

  it("gives a route told after a line to that line, not to the line it leaves from (徐州至菏泽普速铁路自|陇海铁路沙塘站引出,经…)", () => {
    const r = rels(read("据此前报道,徐州至菏泽普速铁路自陇海铁路沙塘站引出,经徐州市铜山区、沛县、丰县,向西进入菏泽市,经过单县、成武县、定陶区。"));
    expect(r).toEqual(expect.arrayContaining(["CONNECTS:徐州至菏泽普速铁路->菏泽市", "CONNECTS:徐州至菏泽普速铁路->铜山区", "CONNECTS:徐州至菏泽普速铁路->定陶区"]));
    expect(r.filter((x) => /陇海铁路->(铜山区|沛县|单县|定陶区)/.test(x))).toEqual([]);
  });

  it("reads 同…合作 as 与…合作 and a foreign partner after its country (与韩国|新兴化学公司合作), and hosts on X only what a verb builds in its own clause", () => {
    const a = rels(read("其中,东郭水泥公司在危机中求商机,在困难中寻出路,同清华大学合作,创建了固体废弃物处理中心。"));
    expect(a).toContain("COOPERATES_WITH:东郭水泥公司->清华大学");
    const b = rels(read("该镇境内的辛化公司依托国家级硅胶研发中心的优势,与英国剑桥大学合作,设立了博士工作站、院士工作站,与韩国新兴化学公司合作,聘请2名韩国技术专家进行技术研发。"));
    expect(b).toContain("COOPERATES_WITH:辛化公司->新兴化学公司");
    expect(b.filter((x) => x.startsWith("HOSTED_BY:新兴化学公司"))).toEqual([]);
    // (同 opens a line's name elsewhere)
    expect(names(read("穿越县境的日东高速、同三高速、长深高速。"))).toContain("Infrastructure:同三高速");
  });

  it("hosts a name on a firm whose brand it opens with, but not where the brand is a place's name (牡丹|医投公司, 牡丹人民医院)", () => {
    const r = rels(read("菏泽市牡丹区卫健局、牡丹人民医院、牡丹医投公司见证了奠基。该分院由牡丹医投公司承建。"));
    expect(r).not.toContain("HOSTED_BY:牡丹人民医院->牡丹医投公司");
    expect(rels(read("国宏化工加快发展,国宏30万吨己内酰胺项目开工建设。"))).toContain("HOSTED_BY:国宏30万吨己内酰胺项目->国宏化工");
  });

  it("puts a new area named without its place in the page's city, not its county (湖滨新区 on a 泗洪县 page)", () => {
    const r = rels(read("宿迁市泗洪县加快发展。湖滨新区与泗洪县签约合作,湖滨新区提供支持。", "泗洪县新闻"));
    expect(r).not.toContain("PART_OF:湖滨新区->泗洪县");
    expect(r).toContain("PART_OF:湖滨新区->宿迁市");
  });

  it("puts a park named with its town in front in the town (官湖镇工业园区), and a county's institute named with the county in it (沂水产业研究院)", () => {
    expect(rels(read("邳州市官湖镇加快发展,官湖镇工业园区入驻企业30家。", "邳州市新闻"))).toContain("LOCATED_IN:官湖镇工业园区->官湖镇");
    expect(rels(read("临沂市沂水县举行揭牌仪式,沂水产业研究院正式成立。", "临沂新闻"))).toContain("LOCATED_IN:沂水产业研究院->沂水县");
  });

  it("places the firms of a sentence that opens with 区内 in the zone the sentence before it named (…民权高新区…。区内现拥有万宝、澳柯玛…)", () => {
    const r = rels(read("制冷作为民权高新区主导产业,现已呈现出集群发展之势。区内现拥有万宝、澳柯玛、香雪海等20余个知名品牌。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:万宝->民权高新区", "LOCATED_IN:澳柯玛->民权高新区"]));
  });

  it("does not count an investor among a zone's firms by the page's layout (山东建投新丝路供应链有限公司 builds the park)", () => {
    const title = "中俄物流产业园开园暨临沂至满洲里班列首发仪式举行";
    const text = `${title}\n7月27日上午,中俄物流产业园开园仪式在河东经济开发区举行。\n据悉,中俄物流产业园项目位于临沂河东经济开发区,是由山东建投新丝路供应链有限公司开发建设的大型综合现代物流园区。`;
    const ex = read(text, title);
    expect(names(ex)).toContain("Organization:山东建投新丝路供应链有限公司");
    expect(rels(ex).filter((x) => x.startsWith("LOCATED_IN:山东建投新丝路供应链有限公司"))).toEqual([]);
  });

  it("does not count a province's or a country's own body among a county's by the page's layout (山东省中医院, 德国汽车工业协会)", () => {
    const r = rels(read("蒙阴县\n蒙阴县与山东省中医院、山东省土发集团座谈,蒙阴县人民医院参加。", "蒙阴县"));
    expect(r.filter((x) => /山东省中医院|山东省土发集团/.test(x) && x.startsWith("LOCATED_IN"))).toEqual([]);
  });

  it("splits a zone off the front of a name also where a province stands before it (山东省|临沂公铁联运物流园区|华阳物流中心)", () => {
    const r = rels(read("目前,山东省临沂公铁联运物流园区华阳物流中心等5个项目入选示范工程。"));
    expect(r).toContain("LOCATED_IN:华阳物流中心->临沂公铁联运物流园区");
  });

  it("does not put a firm written with its country in front (德国施密茨) in the county whose page it is", () => {
    const ex = read("梁山县专用汽车产业加快发展。德国施密茨、德国BPW等国际知名车企来梁山考察,梁山华宇集团加快发展。", "梁山县专用汽车产业");
    expect(names(ex)).toContain("Organization:施密茨");
    expect(rels(ex).filter((x) => /施密茨|BPW/.test(x))).toEqual([]);
  });

  it("does not put a port named by a place elsewhere (太仓港) in the report's own city", () => {
    const r = rels(read("宿迁市加快发展。宿迁港货物经京杭运河运抵太仓港。", "宿迁市人民政府工作报告"));
    expect(r.filter((x) => x.startsWith("LOCATED_IN:太仓港"))).toEqual([]);
  });

  it("a byline naming a local medium (作者:睢宁新闻网) makes its place the page's home", () => {
    const r = rels(read("重大项目观摩会举行\n时间:2019-07-15 来源:未知 作者:睢宁新闻网\n7月12日,我县重大项目观摩会举行,与会人员观摩了亚琦国际商贸城、江苏巨电项目、翔宇航空等项目。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:江苏巨电项目->睢宁县", "LOCATED_IN:翔宇航空项目->睢宁县"]));
  });

  it("a page that opens with a zone's name, the zone it names most, is that zone's: its projects are in it", () => {
    const r = rels(read("相山经济开发区内现有工业企业162家。现将一年来工作情况汇报如下:\n项目建设提速增效。翌光科技、健奥智能等33个项目已全面开工建设。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:翌光科技项目->相山经济开发区", "LOCATED_IN:健奥智能项目->相山经济开发区"]));
  });

  it("a line named in a modifier (是京杭运河的支线) does not take the route the sentence gives; 京杭运河 is the 京杭大运河", () => {
    const ex = read("新万福河复航工程是京杭运河的重要支线航道之一,途经菏泽、济宁两市的巨野、成武、金乡、鱼台、任城五县区。");
    expect(names(ex)).toContain("Infrastructure:京杭大运河");
    expect(rels(ex).filter((x) => x.startsWith("CONNECTS:京杭大运河"))).toEqual([]);
  });

  it("a university's school is its own unit, hosted by the university (淮北师范大学化学与材料科学学院)", () => {
    const ex = read("淮北师范大学化学与材料科学学院赴临涣化工园区开展校企合作对接。");
    expect(names(ex)).toEqual(expect.arrayContaining(["Organization:淮北师范大学化学与材料科学学院", "Organization:淮北师范大学"]));
    expect(rels(ex)).toContain("HOSTED_BY:淮北师范大学化学与材料科学学院->淮北师范大学");
  });

  it("a university or college before the institute it set up owns it (山东交通学院临沂研究院)", () => {
    expect(rels(read("山东交通学院临沂研究院参与共建大学科技园。"))).toContain("HOSTED_BY:山东交通学院临沂研究院->山东交通学院");
  });

  it("a county's own page does not put the firm the county signs with in the county (巨野县与华宝投资股份公司签订…)", () => {
    const r = rels(read("巨野县加快发展。巨野县与华宝投资股份公司签订巨野香科产业园项目投资合同。", "巨野县人民政府工作报告"));
    expect(r.filter((x) => x.startsWith("LOCATED_IN:华宝投资股份公司"))).toEqual([]);
  });

  it("a town the register does not list, named by its county (临沭镇), is part of that county", () => {
    expect(rels(read("临沭镇强力推进城南工业园区建设。"))).toContain("PART_OF:临沭镇->临沭县");
  });

  it("a brand and trade before the capacity a project is named by owns it (科信化工1.2万吨/年…项目)", () => {
    const ex = read("推动投资1.5亿元的科信化工1.2万吨/年低分子量聚异丁烯技改项目早日投产。");
    expect(names(ex)).toContain("Organization:科信化工");
    expect(rels(ex)).toContain("HOSTED_BY:科信化工1.2万吨/年低分子量聚异丁烯技改项目->科信化工");
  });

  it("a development zone's own site calls it 园区: the page is the zone's, not the park it names once", () => {
    const ex = read("省商务厅到园区调研指导\n5月25日,省商务厅一行到园区调研。近年来,金乡经济开发区加快发展,园区现有企业200家。规划建设输配电产业园,园区引进金曼克电气、鲁特电工等企业。");
    expect(ex.home?.zone).toBe("金乡经济开发区");
  });

  it("a station or interchange named after a town the page names is in that town (庄寨站, 褚墩枢纽)", () => {
    const r = rels(read("鲁南高铁庄寨站开通,庄寨镇木制品产业带发展迅速。褚墩镇建设褚墩枢纽。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:庄寨站->庄寨镇", "LOCATED_IN:褚墩枢纽->褚墩镇"]));
  });

  it("a zone whose sentence goes on to list the firms it gathered holds them (Z坚持…,先后集聚A、B等企业)", () => {
    const r = rels(read("龙河镇位于宿城区南部。龙河镇着力发展工业。龙河机电装备智造产业园坚持工业强镇的发展定位,先后集聚通得电气、福坤科技、明东电器等优质企业。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:福坤科技->龙河机电装备智造产业园", "LOCATED_IN:明东电器->龙河机电装备智造产业园"]));
  });

  it("the project a sentence opens with is hosted by the company it says builds it (…,项目由X投资兴建)", () => {
    const r = rels(read("走进宿迁中玻新能源材料产业园项目建设现场,一派热火朝天的建设场面,项目由中国玻璃控股有限公司投资兴建,总投资50亿元。"));
    expect(r).toContain("HOSTED_BY:宿迁中玻新能源材料产业园项目->中国玻璃控股有限公司");
  });

  it("the parks a zone holds (下辖A、B) are in it", () => {
    const r = rels(read("山东鱼台经济开发区创建于2002年6月,下辖新城区、张黄工业园、湖西工业园,总规划面积62平方公里。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:张黄工业园->山东鱼台经济开发区", "LOCATED_IN:湖西工业园->山东鱼台经济开发区"]));
  });

  it("the units named by their role in building an institute (牵头单位X, A、B等共建单位) host it", () => {
    const r = rels(read("安徽省铝基新材料特色产业创新研究院建设任务书通过评审。参会单位包括牵头单位安徽力幕新材料科技有限公司,以及安徽省铝制品质量监督检验中心、淮北师范大学等共建单位。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:安徽省铝基新材料特色产业创新研究院->安徽力幕新材料科技有限公司", "HOSTED_BY:安徽省铝基新材料特色产业创新研究院->淮北师范大学"]));
  });

  it("a zone right before a smaller park holds it; firms listed before 等…企业 settle where a later clause of the sentence says (…签约,…将落户Z), even where the list's first item is not read", () => {
    expect(rels(read("乔迁仪式在徐州经济技术开发区东湖医学创新港隆重举行。"))).toContain("LOCATED_IN:东湖医学创新港->徐州经济技术开发区");
    const r = rels(read("安徽壹度品牌运营公司、安徽龙润堂生物科技公司等8家企业现场签约,涉及高新材料等产业领域,总投资7.66亿元,近期将落户砀山县经济开发区。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:安徽壹度品牌运营公司->砀山县经济开发区", "LOCATED_IN:安徽龙润堂生物科技公司->砀山县经济开发区"]));
    expect(rels(read("临沂市中地乳业、安德鲁水果等一批行业龙头企业进驻沂南县。"))).toContain("LOCATED_IN:安德鲁水果->沂南县");
    // (a place named between the list and the verb speaks for itself)
    expect(rels(read("安徽壹度品牌运营公司、安徽龙润堂生物科技公司等8家企业在宿州签约,近期将落户砀山县经济开发区。"))).not.toContain("LOCATED_IN:安徽壹度品牌运营公司->砀山县经济开发区");
  });

  it("a project built by several together is hosted by each (由A和B共同投资建设); every party of a list before 与 cooperates with the partner", () => {
    const r = rels(read("当前,中福环保有机溶剂综合利用项目,由天津中福新能源科技有限公司和江海龙川环境科技(扬州)有限公司共同投资建设,总投资8亿元。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:中福环保有机溶剂综合利用项目->天津中福新能源科技有限公司", "HOSTED_BY:中福环保有机溶剂综合利用项目->江海龙川环境科技(扬州)有限公司"]));
    const c = rels(read("会上,中国电池联盟、北京交通大学、通标标准技术服务有限公司(SGS)与淮北师范大学签署合作协议。杨府锦、德兰和创、食亿鲜等3家企业与淮北师范大学签订产学研长期合作协议。"));
    expect(c).toEqual(expect.arrayContaining(["COOPERATES_WITH:中国电池联盟->淮北师范大学", "COOPERATES_WITH:北京交通大学->淮北师范大学", "COOPERATES_WITH:通标标准技术服务有限公司->淮北师范大学", "COOPERATES_WITH:杨府锦->淮北师范大学", "COOPERATES_WITH:德兰和创->淮北师范大学"]));
    // (two pairs are two pairs: 徐州与宿州、徐州与淮北)
    expect(rels(read("徐州与宿州、徐州与淮北共同探索建设毗邻地区新型功能区。"))).not.toContain("COOPERATES_WITH:宿州市->淮北市");
    // (a list that only names the parties present is no signing: nothing after 与 agrees)
    expect(rels(read("中国电池联盟、北京交通大学与会,淮北师范大学致辞。")).filter((x) => x.startsWith("COOP"))).toEqual([]);
  });

  it("a project is hosted by the company whose brand it opens with after its place (山东|海辰…项目: 厦门|海辰储能科技股份有限公司), and by one that builds it 独家", () => {
    expect(rels(read("山东海辰长时储能一体化零碳产业园项目落地菏泽。厦门海辰储能科技股份有限公司联合创始人说。"))).toContain("HOSTED_BY:山东海辰长时储能一体化零碳产业园项目->厦门海辰储能科技股份有限公司");
    const ex = read("另一个省级重点项目鲁西南记忆项目由菏泽交通集团独家打造,总投资10亿元。");
    expect(names(ex)).toContain("Project:鲁西南记忆项目");
    expect(rels(ex)).toContain("HOSTED_BY:鲁西南记忆项目->菏泽交通集团");
  });

  it("the one who leads works with the partners it joins (A牵头,联合B…共建), which it does not lead; working with a university's school is working with the university", () => {
    const r = rels(read("该中心是济宁学院牵头,联合山东诺明康药物研究院有限公司,联合共建而成。"));
    expect(r).toContain("COOPERATES_WITH:济宁学院->山东诺明康药物研究院有限公司");
    expect(r.filter((x) => x.startsWith("LEADS"))).toEqual([]);
    expect(rels(read("山东优安新能源汽车零部件有限公司与临沂大学物理与电子工程学院产学研合作签约仪式举行。"))).toContain("COOPERATES_WITH:山东优安新能源汽车零部件有限公司->临沂大学");
  });

  it("a joint lab named by its two parties (A—B联合实验室) is hosted by both, and the two work together", () => {
    const ex = read("4月13日,徐工机械—宝山钢铁股份有限公司联合实验室签约揭牌。");
    expect(names(ex)).toContain("Lab:徐工机械—宝山钢铁股份有限公司联合实验室");
    const r = rels(ex);
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:徐工机械—宝山钢铁股份有限公司联合实验室->宝山钢铁股份有限公司", "COOPERATES_WITH:徐工集团工程机械股份有限公司->宝山钢铁股份有限公司"]));
  });

  it("works named with their port and port area name both (连云港港灌河港区…码头三期工程: 连云港港, 连云港港灌河港区)", () => {
    const ex = read("连云港港灌河港区燕尾作业区码头三期工程开工建设。济宁市港航服务中心项目开工。");
    // (港 opening another word is no port: 济宁市|港航…)
    expect(ex.mentions.filter((m) => m.type === "Infrastructure").map((m) => m.name).sort()).toEqual(["连云港港", "连云港港灌河港区"]);
  });

  it("what is built 在园区 is in the zone the sentence named before it (Z…,逐步在园区建设A、B和C)", () => {
    const r = rels(read("张化锋说,济宁新材料产业园区将以凯赛绿色尼龙等重点企业为龙头,逐步在园区建设凯赛生物基新材料产业园、石墨烯新材料产业园和环保新材料产业园。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:凯赛生物基新材料产业园->济宁新材料产业园区", "LOCATED_IN:环保新材料产业园->济宁新材料产业园区"]));
  });

  it("a zone said to have taken in colleges holds them (大学园已累计入驻济宁医学院、济宁学院)", () => {
    const r = rels(read("目前,济宁高新区大学园已累计入驻济宁医学院、济宁学院及惠普软件实训中心16个专业。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:济宁医学院->济宁高新区大学园", "LOCATED_IN:济宁学院->济宁高新区大学园"]));
    // (a college the zone only works with is not in it)
    expect(rels(read("目前,济宁高新区与济宁医学院签约合作。"))).not.toContain("LOCATED_IN:济宁医学院->济宁高新区");
  });

  it("a town's page that names the town once and calls itself 我镇/全镇 is the town's", () => {
    const r = rels(read("“我镇推进重点项目建设,全镇完成投资3亿元。”东明县武胜桥镇党委书记说。大力推动银旺碳素二期项目。"));
    expect(r).toContain("LOCATED_IN:银旺碳素二期项目->武胜桥镇");
  });

  it("a town's own page locates its enterprises and parks in the town", () => {
    const ex = read("符离镇位于埇桥区北部。黄淮海智慧物流园建成运营,宿州市鸿盛体育用品有限公司投产。符离镇将继续优化营商环境。");
    expect(ex.home?.town?.name).toBe("符离镇");
    expect(rels(ex)).toEqual(expect.arrayContaining(["LOCATED_IN:黄淮海智慧物流园->符离镇", "LOCATED_IN:宿州市鸿盛体育用品有限公司->符离镇"]));
  });

  it("short company names listed after 依托 are hosts, even a brand that is a common word, and the verb after the list is not part of the last", () => {
    const n = names(read("两个研究院、一个实验室近日获批,分别依托金石科技、星光机械、海峰电子建设。"));
    expect(n).toEqual(expect.arrayContaining(["Organization:金石科技", "Organization:星光机械", "Organization:海峰电子"]));
    expect(n).not.toContain("Organization:海峰电子建设");
  });

  it("a place and the kinds of a lab (济宁市省级工程实验室) name a category, not a lab", () => {
    expect(names(read("济宁市省级工程实验室总量增至14家。"))).not.toContain("Lab:济宁市省级工程实验室");
  });

  it("A、B,分别依托X、Y: each is hosted by its own, in order", () => {
    const r = rels(read("新增平台包括山东省高档加工中心工程研究中心、济宁市智能装备技术研究中心,分别依托山东卡松科技有限公司、永华机械有限公司建设。"));
    expect(r).toEqual(expect.arrayContaining(["HOSTED_BY:山东省高档加工中心工程研究中心->山东卡松科技有限公司", "HOSTED_BY:济宁市智能装备技术研究中心->永华机械有限公司"]));
    expect(r).not.toContain("HOSTED_BY:山东省高档加工中心工程研究中心->永华机械有限公司");
  });

  it("a university before the institute it set up hosts it (山东大学|滕州产业研究院)", () => {
    const r = rels(read("山东大学滕州产业研究院走访企业。徐州医科大学附属医院开诊。"));
    expect(r).toContain("HOSTED_BY:山东大学滕州产业研究院->山东大学");
    expect(r.some((x) => x.startsWith("HOSTED_BY:徐州医科大学附属医院"))).toBe(false);
  });

  it("a town named more often than the zone in a page's heading is what the page is about", () => {
    const r = rels(read("安徽濉溪经济开发区\n百善镇位于濉溪县北部。安徽善研服装有限公司投产。百善镇将继续优化营商环境。"));
    expect(r).toContain("LOCATED_IN:安徽善研服装有限公司->百善镇");
  });

  it("a heading that sets a park in a zone (位于Z的Y) makes the page the park's", () => {
    const ex = read("走进位于徐州高新区的\n徐州国家安全科技产业园\n园区拥有硕博电子、三禾等企业。", "徐州铜山区:这个国字号");
    expect(ex.home?.zone).toBe("徐州国家安全科技产业园");
  });
});

describe("the parks of a zone", () => {
  it("places the parks a count of parks closes in the zone the sentence names before them (一区三园, 3个专业化园区)", () => {
    const r = rels(read("在市委、市政府大力支持下,市区一体协同攻坚,推动单县经济开发区扩区调区获批,形成终兴高端装备制造产业园、浮岗食品特色产业园、莱河物流产业园“一区三园”的发展格局。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:终兴高端装备制造产业园->单县经济开发区", "LOCATED_IN:浮岗食品特色产业园->单县经济开发区", "LOCATED_IN:莱河物流产业园->单县经济开发区"]));
  });

  it("places the parks a count of parks closes in the zone whose page it is, where the sentence names none", () => {
    const r = rels(read("鱼台经济开发区简介\n鱼台经济开发区创建于2002年。\n近年来,全区经济持续发展。目前,入区企业已达到200余家,成立了输配电产业园、装备制造产业区、轻工产业区3个专业化园区。", "鱼台经济开发区简介"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:输配电产业园->鱼台经济开发区", "LOCATED_IN:轻工产业区->鱼台经济开发区"]));
    expect(r.filter((x) => /^PART_OF:(输配电产业园|轻工产业区)/.test(x))).toEqual([]);
  });

  it("places a park named with its zone in front in that zone, where the page names the zone", () => {
    const r = rels(read("两市共建现代产业园区,以淮北高新区和萧县经开区为合作主体,以淮北高新区相山园区为合作载体。"));
    expect(r).toContain("LOCATED_IN:淮北高新区相山园区->淮北高新区");
  });

  it("places the firms a zone is said to hold now (目前已集聚了A、B、C…) in it", () => {
    const r = rels(read("提起装备制造业,他如数家珍:泗阳开发区目前已集聚了江苏恒达科技有限公司、江苏新锐机械、兄弟活塞等知名企业36家。"));
    expect(r).toEqual(expect.arrayContaining(["LOCATED_IN:江苏恒达科技有限公司->泗阳开发区", "LOCATED_IN:江苏新锐机械->泗阳开发区"]));
  });
});

describe("lines and the places they pass", () => {
  it("does not give a route told after a sentence to the lines that sentence joins with 与", () => {
    const r = rels(read("该段是重要联络线,与京沪高铁、济青高铁、青盐铁路贯通形成环山东省高铁通道。全线设日照西、莒南北、临沂北3座车站。"));
    expect(r.filter((x) => /^CONNECTS:(京沪高铁|济青高铁|青盐铁路)->(日照|莒南|临沂)/.test(x))).toEqual([]);
  });
});
