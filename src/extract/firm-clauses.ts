// Firms a clause names by what it says of them, where nothing else read them: the subject awarded an
// enterprise's title (英搏尔获评…“小巨人”企业) and the lead firms of an industry (以三方化工为龙头).
import { CLAUSE_END, type SiblingTests, type TypedSpan } from "./siblings.ts";

// a firm awarded an enterprise's title: "英搏尔获评…“小巨人”企业", "吉安矿业科技获批国家级专精特新…企业"
const AWARDED = /(获评|入选|被评为|被认定为|认定为|荣获|获批)[^,。;:!?]{0,30}企业/g;

/**
 * The firm a clause says was awarded an enterprise's title, where the clause opens with it and nothing
 * read it (英搏尔, 微山湖锂动新能源): the title says what the subject is.
 */
export function awardedFirms(text: string, from: number, to: number, spans: readonly TypedSpan[], tests: SiblingTests): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(AWARDED)) {
    const verb = from + m.index!;
    let start = verb;
    while (start > from && !CLAUSE_END.test(text[start - 1]!)) start--;
    const name = text.slice(start, verb);
    // (a count of firms, 4家企业入选, names none; nor one already read, nor a list)
    if (name.length < 2 || name.length > 10 || !/^[\u4e00-\u9fa5A-Za-z()（）]+$/.test(name) || /[、等家个在让把被将对向从的了]/.test(name) || spans.some((x) => x.start < verb && start < x.end)) continue;
    if (tests.plainName(name)) out.push({ start, end: verb });
  }
  return out;
}

// firms a clause names as the lead of an industry: "以三方化工为龙头", "以绿润公司、玉林油脂…等企业为龙头"
const LEADERS = /以([^,。;:!?以]{2,60}?)(?:等[^,。;:!?、]{0,6}?)?为龙头/g;

/** The items of "以A、B等…为龙头" that nothing read, where they read as names: the lead firms of an industry. */
export function leadFirms(text: string, from: number, to: number, spans: readonly TypedSpan[], tests: SiblingTests): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(LEADERS)) {
    let at = from + m.index! + 1;
    for (const item of m[1]!.split("、")) {
      const start = at;
      const end = at + item.length;
      at = end + 1;
      if (item.length < 2 || item.length > 10 || !/^[\u4e00-\u9fa5A-Za-z()（）]+$/.test(item) || spans.some((x) => x.start < end && start < x.end)) continue;
      if (tests.plainName(item)) out.push({ start, end });
    }
  }
  return out;
}
