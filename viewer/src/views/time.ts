// The time and source filters: a year range (two sliders over the years the documents span) and a
// document picker (one box per document, dated ones in date order). They write the chosen years
// and documents to the store, with the documents both allow.
import { activeDocuments, yearSpan } from "../core/filters.ts";
import type { DocumentInfo } from "../core/ontology.ts";
import type { ViewState } from "../core/state.ts";
import type { Store } from "../core/store.ts";
import { clear, el } from "./dom.ts";

/** Documents by date (undated last), then by file name: the order of the picker and of timelines. */
export function byDate(a: DocumentInfo, b: DocumentInfo): number {
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export function mountTime(root: HTMLElement, store: Store<ViewState>, documents: readonly DocumentInfo[]): () => void {
  clear(root);
  const section = root.closest("section");
  if (section) section.hidden = documents.length === 0;
  if (!documents.length) return () => undefined;
  const docs = [...documents].sort(byDate);
  const span = yearSpan(docs);

  const apply = (patch: Partial<Pick<ViewState, "yearRange" | "pickedDocs">>) => {
    const next = { ...store.get(), ...patch };
    store.set({ ...patch, activeDocs: activeDocuments(docs, next.yearRange, next.pickedDocs) });
  };

  const rows: HTMLElement[] = [];
  let from: HTMLInputElement | null = null;
  let to: HTMLInputElement | null = null;
  const fromValue = el("output", { attrs: { id: "year-from-value", for: "year-from" } });
  const toValue = el("output", { attrs: { id: "year-to-value", for: "year-to" } });
  if (span) {
    const range = (id: string, value: number, label: string) =>
      el("input", { attrs: { id, type: "range", min: String(span[0]), max: String(span[1]), step: "1", value: String(value), "aria-label": label } });
    from = range("year-from", span[0], "From year");
    to = range("year-to", span[1], "To year");
    // the two ends never cross: moving one past the other drags the other along
    const onInput = (moved: "from" | "to") => () => {
      let lo = Number(from!.value);
      let hi = Number(to!.value);
      if (lo > hi) [lo, hi] = moved === "from" ? [lo, lo] : [hi, hi];
      apply({ yearRange: lo === span[0] && hi === span[1] ? null : [lo, hi] });
    };
    from.addEventListener("input", onInput("from"));
    to.addEventListener("input", onInput("to"));
    rows.push(
      el("label", { class: "row" }, "From ", from, fromValue),
      el("label", { class: "row" }, "To ", to, toValue),
    );
  } else rows.push(el("p", { class: "muted" }, "No document is dated."));

  const boxes = new Map<string, HTMLInputElement>();
  const list = el("ul", { class: "doc-picker", attrs: { id: "doc-picker" } });
  for (const d of docs) {
    const box = el("input", { attrs: { type: "checkbox", "data-doc": d.id } });
    box.addEventListener("change", () => {
      const picked = new Set(store.get().pickedDocs ?? docs.map((x) => x.id));
      if (box.checked) picked.add(d.id);
      else picked.delete(d.id);
      apply({ pickedDocs: picked.size === docs.length ? null : picked });
    });
    boxes.set(d.id, box);
    list.append(el("li", { attrs: { "data-doc": d.id } }, el("label", { title: d.file }, box, el("span", { class: "date" }, d.date ?? "undated"), " ", d.title || d.file)));
  }
  const all = el("button", { attrs: { id: "docs-all", type: "button" }, on: { click: () => apply({ pickedDocs: null }) } }, "all");
  const none = el("button", { attrs: { id: "docs-none", type: "button" }, on: { click: () => apply({ pickedDocs: new Set() }) } }, "none");
  root.append(...rows, el("div", { class: "row" }, "Documents ", all, none), list);

  const sync = (s: ViewState) => {
    if (span && from && to) {
      const [lo, hi] = s.yearRange ?? span;
      from.value = String(lo);
      to.value = String(hi);
      fromValue.textContent = String(lo);
      toValue.textContent = String(hi);
    }
    for (const [id, box] of boxes) {
      box.checked = !s.pickedDocs || s.pickedDocs.has(id);
      box.closest("li")!.classList.toggle("outside", !!s.activeDocs && !s.activeDocs.has(id));
    }
  };
  sync(store.get());
  return store.subscribe(sync);
}
