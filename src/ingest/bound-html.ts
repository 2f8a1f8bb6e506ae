import { Tokenizer } from "htmlparser2";

/**
 * Deepest element nesting passed on to the HTML parser. Real pages nest a few dozen levels; tens
 * of thousands of nested <div>s make tree building and the per-element text scoring quadratic.
 */
export const MAX_DEPTH = 256;
/** Longest attribute value kept (a <meta content> date, a class list). */
const MAX_ATTR_VALUE = 1024;
// the only attributes htmlToText reads; the rest can be megabytes (inline data, hostile pages)
// and cost the parser time per attribute without telling the text apart from the chrome
const KEEP_ATTRS = new Set(["class", "id", "role", "name", "property", "itemprop", "content", "charset", "http-equiv"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
// elements the HTML parser closes by itself when the next one opens (unclosed <p> and <li> are
// common on old pages): not counted as depth, so they never use up the nesting budget
const SELF_CLOSING = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"]);
const SKIP_CONTENT = new Set(["script", "style"]);

export interface BoundedHtml {
  html: string;
  /** elements left out because they were nested deeper than MAX_DEPTH (their text is kept) */
  flattened: number;
}

/**
 * The page rewritten in one linear pass of htmlparser2's tokenizer with the work a parser has to
 * do bounded: elements deeper than MAX_DEPTH lose their tags (not their text), attributes other
 * than those htmlToText reads and overlong values are dropped, scripts and styles are emptied.
 * Text and entities are copied as written, so the HTML parser still decodes them.
 */
export function boundHtml(src: string): BoundedHtml {
  const out: string[] = [];
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  let flattened = 0;
  let tag = "";
  let emitTag = false;
  let attrs: string[] = [];
  let attrName = "";
  let attrStart = -1;
  let attrEnd = -1;
  let skipping = "";

  const finishOpen = (selfClosing: boolean) => {
    if (emitTag) out.push(`<${tag}${attrs.join("")}${selfClosing ? "/" : ""}>`);
    if (SKIP_CONTENT.has(tag) && !selfClosing) skipping = tag;
    if (VOID.has(tag) || SELF_CLOSING.has(tag) || selfClosing) return;
    if (emitTag) stack.push(tag);
    else dropped.set(tag, (dropped.get(tag) ?? 0) + 1);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ontext(start, end) {
        if (!skipping) out.push(src.slice(start, end));
      },
      ontextentity() {},
      onopentagname(start, end) {
        tag = src.slice(start, end).toLowerCase();
        attrs = [];
        emitTag = SELF_CLOSING.has(tag) || VOID.has(tag) || stack.length < MAX_DEPTH;
        if (!emitTag) flattened++;
      },
      onattribname(start, end) {
        attrName = src.slice(start, end).toLowerCase();
        attrStart = attrEnd = -1;
      },
      onattribdata(start, end) {
        if (attrStart < 0) attrStart = start;
        attrEnd = end;
      },
      onattribentity() {},
      onattribend() {
        if (!emitTag || !KEEP_ATTRS.has(attrName) || attrs.length >= KEEP_ATTRS.size) return;
        const value = attrStart < 0 ? "" : src.slice(attrStart, attrEnd);
        if (value.length > MAX_ATTR_VALUE) return;
        if (attrs.some((a) => a.startsWith(` ${attrName}=`))) return;
        attrs.push(` ${attrName}="${value.replace(/"/g, "&quot;")}"`);
      },
      onopentagend() {
        finishOpen(false);
      },
      onselfclosingtag() {
        finishOpen(true);
      },
      onclosetag(start, end) {
        const name = src.slice(start, end).toLowerCase();
        if (skipping === name) skipping = "";
        if (VOID.has(name)) return;
        if (SELF_CLOSING.has(name)) {
          out.push(`</${name}>`);
          return;
        }
        if (stack[stack.length - 1] === name) {
          stack.pop();
          out.push(`</${name}>`);
          return;
        }
        const d = dropped.get(name) ?? 0;
        if (d > 0) {
          dropped.set(name, d - 1);
          return;
        }
        // closes an element further down (the ones above it were left open): the parser would
        // close those implicitly, so the stack does too; a close tag matching nothing is dropped
        const at = stack.lastIndexOf(name);
        if (at >= 0) {
          stack.length = at;
          out.push(`</${name}>`);
        }
      },
      oncdata() {},
      oncomment() {},
      ondeclaration(start, end) {
        out.push(`<!${src.slice(start, end)}>`);
      },
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(src);
  tokenizer.end();
  return { html: out.join(""), flattened };
}
