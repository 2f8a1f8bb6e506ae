import * as cheerio from "cheerio";

const DROP = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select, [role=navigation], [role=banner], [role=contentinfo]";
// class/id words that mark page chrome on Chinese government and news sites
const CHROME = /(^|[-_\s])(nav|menu|breadcrumb|crumb|footer|foot|header|head|sidebar|share|copyright|banner|toolbar|login|search|related|recommend|bottom|top)([-_\s]|$)/i;
const BLOCKS = "p, div, section, article, li, h1, h2, h3, h4, h5, h6, td, th, br, tr, blockquote, pre";

export interface HtmlText {
  title: string;
  text: string;
}

/** Reduces an HTML page to its main text: the title and the paragraphs of its densest content block. */
export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html);
  const title = ($("h1").first().text() || $("title").first().text()).replace(/\s+/g, " ").trim();
  $(DROP).remove();
  $("[class], [id]").each((_, el) => {
    const attrs = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
    if (CHROME.test(attrs) && $(el).find("p").length < 3) $(el).remove();
  });
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
  const raw = (best ?? $("body")).text() || $.root().text();
  const text = raw
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .join("\n\n");
  return { title, text };
}

function cjkLength(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "\u3400" && ch <= "\u9fff") n++;
  return n;
}
