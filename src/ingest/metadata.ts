// Lines that are page furniture, not a headline: breadcrumbs, menus, sharing widgets, bylines
const BREADCRUMB = /[>＞›»]|所在的?位置|^当前位置/;
const MENU = /导航|菜单|首页|网站地图|无障碍/;
const WIDGET = /^(点赞|分享|收藏|打印|关闭|返回|字号|【?字体|扫一扫)/;
const BYLINE = /^(来源|信息来源|发布时间|发布日期|日期|时间|作者|编辑|责任编辑|浏览次数|阅读|点击)[:：\s]/;
const isFurniture = (t: string) => BREADCRUMB.test(t) || (MENU.test(t) && t.length < 20) || WIDGET.test(t) || BYLINE.test(t);
// "各位代表：" and other salutations end in a colon; "一、…" and "1." start a section, not a document
const SALUTATION = /[:：]$/;
const SECTION = /^([一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/;

/**
 * A title: among the opening lines (before the first body-length paragraph), the first that reads
 * as a headline — not navigation, not a salutation or section heading, not a few characters of
 * widget text. Web captures often open with "导航菜单" or "您所在的位置：首页 > 新闻"; those are
 * skipped. Without such a line the file name stands in.
 */
export function findTitle(text: string, fallback: string): string {
  let seen = 0;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t) continue;
    // a long line or a finished sentence is body text: the headline area is over
    if (t.length > 80 || t.endsWith("。") || ++seen > 8) break;
    if (t.length < 4 || isFurniture(t) || SALUTATION.test(t) || SECTION.test(t)) continue;
    if (!/[\p{Script=Han}A-Za-z]/u.test(t)) continue;
    return t;
  }
  return fallback;
}

const FULL_DATE = /(?<!\d)((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;
// a year and month alone are a date only on a short line of their own or in brackets after a title
// ("2024年1月", "（2024年1月）"); inside a sentence "2024年1月" is an event, not the document's date
const MONTH_LINE = /^[（(]?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*[)）]?$/;

/**
 * The document's date: the first full date (2024年1月19日, 2024-01-19, 2024/1/19, 2024.01.19) in its
 * opening lines, where news and reports put it; failing that a year and month standing alone on
 * a line (YYYY-MM); else none (a bare year in a report is not its date).
 */
export function findDate(text: string, hint?: string): string | undefined {
  if (hint) {
    const fromHint = matchFull(hint);
    if (fromHint) return fromHint;
  }
  const head = text.slice(0, 600);
  const full = matchFull(head);
  if (full) return full;
  for (const line of head.split("\n")) {
    const m = MONTH_LINE.exec(line.trim());
    if (m && validMonth(Number(m[2]))) return `${m[1]}-${pad(Number(m[2]))}`;
  }
  return undefined;
}

function matchFull(s: string): string | undefined {
  const re = new RegExp(FULL_DATE.source, "g");
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const year = Number(m[1]);
    const month = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    if (validMonth(month) && day >= 1 && day <= daysIn(year, month)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

const validMonth = (m: number) => m >= 1 && m <= 12;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

const ISO_DATE = /^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?$/;

/** A date as a user writes it for --date or a sidecar: YYYY, YYYY-MM or YYYY-MM-DD, real; else undefined. */
export function parseIsoDate(s: string): string | undefined {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && !validMonth(month)) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) return undefined;
  return s.trim();
}
