// The side panel for the selected entity: what it is, its names, its neighbours by relation and
// direction (each one clickable), and the sentences it was read from with the mention marked.
import { NODE_COLORS, RELATION_COLORS, type DocumentInfo } from "../core/ontology.ts";
import { groupNeighbours, highlightParts, type Direction } from "../core/neighbours.ts";
import type { ShownEvidence, ViewerGraph } from "../core/types.ts";
import { clear, el, swatch } from "./dom.ts";
import { byDate } from "./time.ts";

const NEIGHBOUR_PAGE = 30;
const ARROW: Record<Direction, string> = { out: "→", in: "←", both: "↔" };

export interface PanelDeps {
  graph: ViewerGraph;
  edgeShown: (edge: string) => boolean;
  select: (key: string | null) => void;
  /** the documents the time and document filters allow (null: all), to mark the others */
  activeDocs?: ReadonlySet<string> | null;
}

/**
 * The node's mentions document by document, in date order: when it was stated, where, how often.
 * Documents outside the chosen years or documents are kept but marked, so the timeline stays whole.
 */
function timeline(docIds: string[], perDoc: Record<string, number>, docs: Map<string, DocumentInfo>, active: ReadonlySet<string> | null | undefined): HTMLElement | null {
  const known = docIds.map((id) => docs.get(id) ?? { id, file: id, title: id, chars: 0 }).sort(byDate);
  if (!known.length) return null;
  const max = Math.max(1, ...known.map((d) => perDoc[d.id] ?? 0));
  const rows = known.map((d) => {
    const n = perDoc[d.id];
    return el("li", { class: active && !active.has(d.id) ? "outside" : "", attrs: { "data-doc": d.id, "data-date": d.date ?? "" } },
      el("span", { class: "date" }, d.date ?? "undated"),
      el("span", { class: "bar", attrs: { style: `width:${n ? Math.max(4, Math.round((60 * n) / max)) : 4}px` } }),
      el("span", { class: "title", title: d.file }, d.title || d.file),
      n ? el("span", { class: "count muted" }, ` ${n}×`) : null,
    );
  });
  return el("section", { class: "timeline" }, el("h3", {}, "Timeline"), el("ol", { attrs: { id: "timeline" } }, ...rows));
}

function docLine(docs: Map<string, DocumentInfo>, id: string | undefined): HTMLElement | null {
  if (!id) return null;
  const d = docs.get(id);
  const title = d?.title || d?.file || id;
  return el("div", { class: "doc muted", title: d ? `${d.file}${d.date ? " · " + d.date : ""}` : id }, "— ", title, d?.file && d.file !== title ? ` (${d.file})` : "", d?.date ? ` · ${d.date}` : "");
}

function evidenceItem(e: ShownEvidence, docs: Map<string, DocumentInfo>): HTMLElement {
  const { before, mention, after } = highlightParts(e);
  return el("li", { class: "evidence" }, el("blockquote", {}, before, mention ? el("mark", {}, mention) : null, after), docLine(docs, e.doc));
}

export function renderPanel(root: HTMLElement, key: string | null, deps: PanelDeps): void {
  clear(root);
  const { graph } = deps;
  if (key === null || !graph.hasNode(key)) {
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const a = graph.getNodeAttributes(key);
  const docs = new Map(graph.getAttribute("documents").map((d) => [d.id, d]));

  const close = el("button", { class: "close", title: "Close (Esc)", attrs: { "aria-label": "Close panel" }, on: { click: () => deps.select(null) } }, "×");
  const facts = el("dl", { class: "facts" });
  const fact = (term: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === "") return;
    facts.append(el("dt", {}, term), el("dd", { attrs: { "data-fact": term } }, String(value)));
  };
  fact("Type", a.kind);
  fact("Aliases", a.aliases.join("、"));
  fact("Code", a.code);
  fact("Mentions", a.mentions);
  fact("Documents", a.docs.length || null);
  if (a.implied) fact("Implied", "yes: added from the administrative register, not mentioned in the text");

  root.append(
    close,
    el("div", { class: "kind" }, swatch((NODE_COLORS as Record<string, string>)[a.kind] ?? a.color), a.kind),
    el("h2", { class: "label", attrs: { id: "panel-label" } }, a.label),
    facts,
  );
  const line = timeline(a.docs, a.perDoc, docs, deps.activeDocs);
  if (line) root.append(line);

  const groups = groupNeighbours(graph, key, deps.edgeShown);
  if (groups.length) {
    const section = el("section", { class: "neighbours" }, el("h3", {}, "Neighbours"));
    for (const g of groups) {
      const ul = el("ul", {});
      const item = (n: (typeof g.items)[number]) => {
        const btn = el("button", { class: "link", attrs: { "data-key": n.key }, on: { click: () => deps.select(n.key) } }, swatch((NODE_COLORS as Record<string, string>)[n.kind] ?? "#999"), n.label);
        const ev = n.evidence[0];
        return el("li", { attrs: { "data-relation": g.relation, "data-direction": g.direction } }, btn, ev ? el("div", { class: "edge-evidence muted" }, ev.text) : null);
      };
      // A hub (徐州市 in a big graph) can have thousands of neighbours: show a page, then the rest on demand.
      ul.append(...g.items.slice(0, NEIGHBOUR_PAGE).map(item));
      if (g.items.length > NEIGHBOUR_PAGE) {
        const more = el("button", { class: "link more", attrs: { type: "button" } }, `show all ${g.items.length}`);
        more.addEventListener("click", () => {
          more.parentElement?.remove();
          ul.append(...g.items.slice(NEIGHBOUR_PAGE).map(item));
        });
        ul.append(el("li", {}, more));
      }
      section.append(
        el("div", { class: "group", attrs: { "data-relation": g.relation, "data-direction": g.direction } },
          el("h4", {}, swatch((RELATION_COLORS as Record<string, string>)[g.relation] ?? "#ccc"), `${ARROW[g.direction]} ${g.relation}`, el("span", { class: "count muted" }, ` ${g.items.length}`)),
          ul,
        ),
      );
    }
    root.append(section);
  }

  if (a.evidence.length) {
    root.append(
      el("section", { class: "evidence-list" },
        el("h3", {}, "Evidence", a.mentions > a.evidence.length ? el("span", { class: "muted" }, ` (${a.evidence.length} of ${a.mentions} mentions)`) : null),
        el("ul", {}, ...a.evidence.map((e) => evidenceItem(e, docs))),
      ),
    );
  }
}
