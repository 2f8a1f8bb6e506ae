import { describe, expect, it } from "vitest";
import { resolve } from "../../src/resolve/index.ts";
import { doc, extractor, kb } from "../extract/helpers.ts";

const build = (...texts: [string, string][]) => resolve(texts.map(([t, title], i) => ({ ...extractor.extract({ ...doc(t, title), id: `d${i}` }) })), kb);
const node = (g: ReturnType<typeof resolve>, type: string, label: string) => g.entities.find((e) => e.type === type && e.label === label);
const edge = (g: ReturnType<typeof resolve>, type: string, from: string, to: string) =>
  g.relations.some((r) => r.type === type && g.entities.find((e) => e.key === r.source)?.label === from && g.entities.find((e) => e.key === r.target)?.label === to);

describe("resolution", () => {
  it("merges 宿迁, 宿迁市 and a historical name into one node with every name and every mention", () => {
    const g = build(["宿迁加快发展。宿迁市推进改革。", ""], ["放眼彭城大地,徐州市蓬勃发展。", ""]);
    const suqian = node(g, "City", "宿迁市")!;
    expect(suqian.aliases).toContain("宿迁");
    expect(suqian.occurrences).toHaveLength(2);
    expect(node(g, "City", "徐州市")!.aliases).toContain("彭城");
    expect(g.entities.filter((e) => e.type === "City" && e.label.startsWith("徐州"))).toHaveLength(1);
  });

  it("puts a town the register files under a zone (平台街道, 豫东综合物流产业聚集区's 张阁镇) in the zone's city, and makes no district of the zone", () => {
    const g = build(["商丘市平台街道、张阁镇加快发展。", "商丘市政府工作报告"]);
    expect(edge(g, "PART_OF", "平台街道", "商丘市")).toBe(true);
    expect(edge(g, "PART_OF", "张阁镇", "商丘市")).toBe(true);
    expect(g.entities.filter((e) => e.type === "District" && /开发区|聚集区/.test(e.label))).toEqual([]);
  });

  it("keeps a conventional railway and the high-speed line of the same ends apart (京沪铁路, 京沪高铁), and merges a line's other forms", () => {
    const g = build(["京沪铁路和京沪高铁都经过徐州市。", ""], ["徐宿淮盐铁路开通,徐宿淮盐高铁串联苏北四市。", ""]);
    const lines = g.entities.filter((e) => e.type === "Infrastructure").map((e) => e.label).sort();
    expect(lines.filter((l) => l.startsWith("京沪"))).toEqual(["京沪铁路", "京沪高铁"]);
    expect(lines.filter((l) => l.startsWith("徐宿淮盐"))).toHaveLength(1);
  });

  it("keeps 京九铁路 and the high-speed 京九高铁 apart, in documents of their own", () => {
    const g = build(["京九铁路纵贯菏泽市。", ""], ["京九高铁雄商段经过菏泽市。", ""]);
    const lines = g.entities.filter((e) => e.type === "Infrastructure").map((e) => e.label).sort();
    expect(lines.filter((l) => l.startsWith("京九"))).toEqual(["京九铁路", "京九高铁"]);
  });

  it("merges a zone's short and official forms, across documents, under the official form", () => {
    const g = build(["宿迁经开区新签约项目10个。", "宿迁市政府工作报告"], ["宿迁经济技术开发区获评先进。", "宿迁市政府工作报告"]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones.map((z) => z.label)).toEqual(["宿迁经济技术开发区"]);
    expect(zones[0]!.aliases).toContain("宿迁经开区");
    expect(zones[0]!.occurrences.map((o) => o.doc).sort()).toEqual(["d0", "d1"]);
  });

  it("merges a zone named with its county's full and short name (郓城县经济开发区 = 郓城经济开发区)", () => {
    const g = build(["郓城县经济开发区新签约项目10个。", ""], ["郓城经济开发区获评先进。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones).toHaveLength(1);
    expect([zones[0]!.label, ...zones[0]!.aliases].sort()).toEqual(["郓城县经济开发区", "郓城经济开发区"]);
  });

  it("merges a zone named with its city district's full and short name (相山区经济开发区 = 相山经济开发区)", () => {
    const g = build(["相山区经济开发区现有食品企业37家。", ""], ["相山经济开发区获评先进。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones).toHaveLength(1);
  });

  it("merges a county's zone named with and without its city in front (临沂河东经济开发区 = 河东经济开发区)", () => {
    const g = build(["临沂市河东区加快发展,河东经济开发区新签约项目10个。", ""], ["临沂河东经济开发区获评先进。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones).toHaveLength(1);
    expect([zones[0]!.label, ...zones[0]!.aliases].sort()).toEqual(["临沂河东经济开发区", "河东经济开发区"]);
  });

  it("merges a park named with and without 区 (临沂公铁联运物流园区 = 临沂公铁联运物流园)", () => {
    const g = build(["目前,临沂公铁联运物流园区华阳物流中心等5个项目入选示范工程。", ""], ["临沂公铁联运物流园开通班列。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones).toHaveLength(1);
    expect(edge(g, "LOCATED_IN", "华阳物流中心", zones[0]!.label)).toBe(true);
  });

  it("merges a place's bare 开发区 with its development zone (沭阳开发区 = 沭阳经济技术开发区), and no other park", () => {
    const g = build(["沭阳经济技术开发区新签约项目10个。", ""], ["沭阳开发区获评先进,沭阳软件产业园开园。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone").map((z) => [z.label, ...z.aliases].sort().join("|"));
    expect(zones).toContain("沭阳开发区|沭阳经济技术开发区");
    expect(zones.filter((z) => z.includes("软件"))).toHaveLength(1);
  });

  it("merges the bare 开发区 of a county named with one character and 县 (丰县开发区 = 丰县经济开发区)", () => {
    const g = build(["丰县经济开发区新签约项目10个。", ""], ["丰县开发区获评先进。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone").map((z) => [z.label, ...z.aliases].sort().join("|"));
    expect(zones).toEqual(["丰县开发区|丰县经济开发区"]);
  });

  it("names a city's zone without the province said in front of it (山东临沂经济技术开发区 is 临沂经济技术开发区), and keeps a province that is part of a name (江苏淮海科技城)", () => {
    const g = build(["山东临沂经济技术开发区新签约项目10个,江苏淮海科技城加快建设。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone").map((z) => z.label).sort();
    expect(zones).toEqual(["临沂经济技术开发区", "江苏淮海科技城"]);
    expect(g.entities.find((e) => e.label === "临沂经济技术开发区")!.aliases).toContain("山东临沂经济技术开发区");
  });

  it("merges a park named with its zone's long or short name, and a lab named with or without its rank", () => {
    const g = build(["萧县经开区智能制造产业园开园。", ""], ["萧县经济开发区智能制造产业园新签约项目5个,山东省消化系统疾病小分子靶向药物重点实验室获批。", ""], ["消化系统疾病小分子靶向药物实验室在罗庄区揭牌。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone" && /智能制造/.test(e.label));
    expect(zones).toHaveLength(1);
    expect(g.entities.filter((e) => e.type === "Lab")).toHaveLength(1);
  });

  it("merges a line named by two cities run together with the line of their first characters (菏泽徐州铁路 = 菏徐铁路)", () => {
    const g = build(["菏徐铁路开工。", ""], ["规划建设的菏泽徐州铁路,西起京杭大运河。", ""]);
    const lines = g.entities.filter((e) => e.type === "Infrastructure" && /铁路/.test(e.label));
    expect(lines).toHaveLength(1);
    expect(g.entities.some((e) => e.label.startsWith("西起"))).toBe(false);
  });

  it("names a national zone by its place and kind, without the rank said between them (枣庄国家高新区 = 枣庄高新技术产业开发区)", () => {
    const g = build(["枣庄国家高新区锂电产业加快发展。", ""], ["枣庄高新技术产业开发区获评先进。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones.map((z) => z.label)).toEqual(["枣庄高新技术产业开发区"]);
    expect(zones[0]!.aliases).toContain("枣庄国家高新区");
  });

  it("takes 经开区 for the place's one development zone, named as the text writes it in full (萧县经开区 = 萧县经济开发区)", () => {
    const g = build(["萧县经济开发区加快发展,萧县经开区新签约项目10个。", ""]);
    const zones = g.entities.filter((e) => e.type === "Zone");
    expect(zones.map((z) => z.label)).toEqual(["萧县经济开发区"]);
    // (with only the short form, the short form is spelled out as the national kind)
    expect(build(["宿迁经开区新签约项目10个。", ""]).entities.filter((e) => e.type === "Zone").map((z) => z.label)).toEqual(["宿迁经济技术开发区"]);
  });

  it("takes works named as a project, or with their city in front, for the works (菏泽新万福河复航工程 = 新万福河复航工程项目)", () => {
    const g = build(["菏泽新万福河复航工程开工。", ""], ["新万福河复航工程项目位于菏泽中东部。", ""]);
    expect(g.entities.filter((e) => e.type === "Project")).toHaveLength(1);
  });

  it("keeps a relation read from text only between the types the ontology joins (LOCATED_IN ends in a zone or a division)", () => {
    const mention = (type: string, name: string, start: number) => ({ type, name, start, end: start + name.length, sentence: 0 }) as never;
    const g = resolve([{ doc: "d", mentions: [mention("Project", "甲乙项目", 0), mention("Infrastructure", "丙丁港", 5), mention("Zone", "戊己产业园", 9)], relations: [{ type: "LOCATED_IN", head: 0, tail: 1, sentence: 0 }, { type: "LOCATED_IN", head: 0, tail: 2, sentence: 0 }] }], kb);
    const located = g.relations.filter((r) => r.type === "LOCATED_IN").map((r) => `${r.source}->${r.target}`);
    expect(located).toEqual(["Project:甲乙项目->Zone:戊己产业园"]);
  });

  it("reads a bare 高新区 in a city's report as that city's", () => {
    const g = build(["商丘市加快发展。高新区新开工项目20个。", "商丘市人民政府工作报告"]);
    expect(node(g, "Zone", "商丘高新技术产业开发区")).toBeDefined();
  });

  it("adds the register's containment up to the province, parents as implied nodes", () => {
    const g = build(["沭阳县推进乡村振兴。", ""]);
    expect(edge(g, "PART_OF", "沭阳县", "宿迁市")).toBe(true);
    expect(edge(g, "PART_OF", "宿迁市", "江苏省")).toBe(true);
    expect(node(g, "City", "宿迁市")!.implied).toBe(true);
    expect(node(g, "District", "沭阳县")!.implied).toBe(false);
  });

  it("adds curated membership: Huaihai cities in 淮海经济区, clusters in their system", () => {
    const g = build(["商丘与枣庄共同推进合作。", ""], ["培育“343”创新产业集群,高端纺织、精品钢材等集群快速增长。", "徐州"]);
    expect(edge(g, "MEMBER_OF", "商丘市", "淮海经济区")).toBe(true);
    expect(edge(g, "PART_OF", "高端纺织产业集群", '"343"创新产业集群')).toBe(true);
    expect(edge(g, "PART_OF", "精品钢材产业集群", '"343"创新产业集群')).toBe(true);
  });

  it("merges 市X, X市… and …国际… forms of a local organisation", () => {
    const g = build(["商丘市加快发展。支持市第一人民医院建设,商丘第一人民医院扩容。", "商丘市人民政府工作报告"], ["商丘国际物流公司与商丘市物流公司开展合作。", "商丘市人民政府工作报告"]);
    expect(g.entities.filter((e) => e.type === "Organization").map((e) => e.label).sort()).toEqual(["商丘国际物流公司", "商丘市第一人民医院"]);
  });

  it("reads 县X in a county's document as that county's X (县经济开发区光电产业园 in 灌南县's)", () => {
    const g = build(["灌南县人民政府工作报告\n灌南县加快发展。三木精密制造项目位于县经济开发区光电产业园。", "灌南县人民政府工作报告"]);
    expect(g.entities.filter((e) => e.type === "Zone").map((e) => e.label)).toContain("灌南县经济开发区光电产业园");
  });

  it("merges a line's abbreviated and spelled-out names (台睢高速 = 台儿庄至睢宁高速公路)", () => {
    const g = build(["台睢高速完成前期手续。", ""], ["台儿庄至睢宁高速公路开工建设。", ""]);
    const lines = g.entities.filter((e) => e.type === "Infrastructure");
    expect(lines).toHaveLength(1);
    expect([lines[0]!.label, ...lines[0]!.aliases].sort()).toEqual(["台儿庄至睢宁高速公路", "台睢高速"]);
  });
});
