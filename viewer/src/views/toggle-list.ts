// A list of checkable rows (colour, name, count) shared by the entity-type legend and the
// relation list: click toggles one; Alt+click (or double-click) shows only that one.
import { clear, el, swatch } from "./dom.ts";

export interface ToggleItem {
  id: string;
  label: string;
  color: string;
  count: number;
}

export function renderToggleList(
  root: HTMLElement,
  items: ToggleItem[],
  hidden: () => ReadonlySet<string>,
  setHidden: (next: Set<string>) => void,
): () => void {
  clear(root);
  const boxes = new Map<string, HTMLInputElement>();
  for (const item of items) {
    const box = el("input", { attrs: { type: "checkbox", "data-id": item.id } });
    box.addEventListener("change", () => {
      const next = new Set(hidden());
      if (box.checked) next.delete(item.id);
      else next.add(item.id);
      setHidden(next);
    });
    const row = el(
      "li",
      { class: item.count === 0 ? "empty" : "", attrs: { "data-id": item.id } },
      el("label", { title: "click: show/hide · double-click: only this" }, box, swatch(item.color), el("span", { class: "name" }, item.label), el("span", { class: "count" }, item.count)),
    );
    row.addEventListener("dblclick", (ev) => {
      ev.preventDefault();
      setHidden(new Set(items.map((i) => i.id).filter((id) => id !== item.id)));
    });
    boxes.set(item.id, box);
    root.appendChild(row);
  }
  const sync = () => {
    const h = hidden();
    for (const [id, box] of boxes) box.checked = !h.has(id);
  };
  sync();
  return sync;
}
