import type { NodeType } from "../ontology/index.ts";

/** Name endings that make a phrase a named entity of a type; longest ending first. */
const SUFFIXES: [string, NodeType][] = (
  [
    ["实验室", "Lab"],
    ["产业集群", "IndustryCluster"],
    ["产业园", "Zone"],
    ["开发区", "Zone"],
    ["高新区", "Zone"],
    ["港务区", "Zone"],
    ["科技城", "Zone"],
    ["大学", "Organization"],
    ["学院", "Organization"],
    ["医院", "Organization"],
    ["集团", "Organization"],
    ["公司", "Organization"],
    ["联盟", "Organization"],
    ["项目", "Project"],
    ["工程", "Project"],
    ["铁路", "Infrastructure"],
    ["高铁", "Infrastructure"],
    ["高速", "Infrastructure"],
    ["机场", "Infrastructure"],
    ["码头", "Infrastructure"],
    ["班列", "Infrastructure"],
  ] as [string, NodeType][]
).sort((a, b) => b[0].length - a[0].length);

// Words that end the phrase before a name: verbs and connectives that introduce it.
const LEAD_IN = /^.*(推动|推进|加快|建设|建成|打造|实施|依托|位于|落户|开工|启动|支持|围绕|新建|引进|引育|培育|发展|组建|成立|获批|入选|创建|以|在|与|和|及|等|的|为|是|将|把|对|向|由|了)/;
const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9·]/;
const GENERIC = new Set(["重大产业项目", "重点项目", "重大项目", "全国重点实验室", "重点实验室", "产业项目", "工程", "项目", "实验室"]);

export interface PatternMatch {
  type: NodeType;
  start: number;
  end: number;
}

/** Suffix-headed names in `text[from, to)`: the run of name characters before a known ending. */
export function findSuffixNames(text: string, from: number, to: number): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const [suffix, type] of SUFFIXES) {
    let at = text.indexOf(suffix, from);
    while (at >= 0 && at + suffix.length <= to) {
      const end = at + suffix.length;
      let start = at;
      while (start > from && NAME_CHAR.test(text[start - 1]!) && at - start < 16) start--;
      const head = text.slice(start, at);
      const lead = LEAD_IN.exec(head);
      if (lead) start += lead[0].length;
      const name = text.slice(start, end);
      if (end - start > suffix.length + 1 && !GENERIC.has(name)) out.push({ type, start, end });
      at = text.indexOf(suffix, end);
    }
  }
  return out;
}
