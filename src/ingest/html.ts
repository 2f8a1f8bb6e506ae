import * as cheerio from "cheerio";
import { boundHtml } from "./bound-html.ts";

const DROP = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select, [role=navigation], [role=banner], [role=contentinfo]";
// class/id words that mark page chrome on Chinese government and news sites
const CHROME = /(^|[-_\s])(nav|menu|breadcrumb|crumb|footer|foot|header|head|sidebar|share|copyright|banner|toolbar|login|search|related|recommend|bottom|top|logo)([-_\s]|$)/i;
const BLOCKS = "p, div, section, article, li, h1, h2, h3, h4, h5, h6, td, th, br, tr, blockquote, pre";
// <meta> names Chinese government CMSs (TRS, Hanweb) and news sites put the publication date in
const DATE_META = ["pubdate", "publishdate", "firstpublishedtime", "article:published_time", "og:release_date", "dc.date", "date"];

export interface HtmlText {
  title: string;
  text: string;
  /** publication date from the page's <meta> tags, as written there */
  metaDate?: string;
  /** elements nested too deep to keep as elements (their text is kept) */
  flattened?: number;
}

/**
 * Reduces an HTML page to its main text: the title and the paragraphs of its densest content block.
 * The page is bounded first (bound-html.ts), so deep nesting or huge attribute lists cost linear time.
 */
export function htmlToText(html: string): HtmlText {
  const bounded = boundHtml(html);
  const $ = cheerio.load(bounded.html);
  const metaDate = findMetaDate($);
  const pageTitle = $("title").first().text();
  $(DROP).remove();
  $("[class], [id]").each((_, el) => {
    const attrs = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
    if (CHROME.test(attrs) && $(el).find("p").length < 3) $(el).remove();
  });
  // taken after the chrome is gone: a site logo is often the page's first <h1>
  const h1 = clean($("h1").first().text());
  const title = h1.length >= 2 && h1.length <= 100 ? h1 : titleFromTitleTag(pageTitle);
  $(BLOCKS).each((_, el) => {
    $(el).prepend("\n");
    $(el).append("\n");
  });
  // the main content is the element whose own paragraphs hold the most text
  let best: ReturnType<typeof $> | undefined;
  let bestScore = 0;
  $("article, main, section, div, td, body").each((_, el) => {
    const node = $(el);
    const score = node
      .children("p, h1, h2, h3, h4, br, span, font, strong, div:not(:has(div))")
      .toArray()
      .reduce((n, c) => n + cjkLength($(c).text()), 0);
    if (score > bestScore) {
      bestScore = score;
      best = node;
    }
  });
  // never the whole document: its <title> alone is not main text
  let raw = (best ?? $("body")).text();
  // the headline usually sits just outside the content block; keep it as the first line
  if (title && best && raw.trim() && !raw.includes(title)) raw = `${title}\n${raw}`;
  const text = raw
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .join("\n\n");
  return { title, text, ...(metaDate ? { metaDate } : {}), ...(bounded.flattened ? { flattened: bounded.flattened } : {}) };
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** "新闻标题_徐州市人民政府" or "新闻标题 - 站点": the longest part is the headline, the rest the site. */
function titleFromTitleTag(raw: string): string {
  const parts = clean(raw)
    .split(/\s*(?:[_|｜]|\s[-—–]\s)\s*/)
    .filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), "");
}

function findMetaDate($: cheerio.CheerioAPI): string | undefined {
  for (const el of $("meta").toArray()) {
    const name = ($(el).attr("name") ?? $(el).attr("property") ?? $(el).attr("itemprop") ?? "").toLowerCase();
    const content = $(el).attr("content");
    if (content && DATE_META.includes(name)) return content.trim();
  }
  return undefined;
}

function cjkLength(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "\u3400" && ch <= "\u9fff") n++;
  return n;
}
