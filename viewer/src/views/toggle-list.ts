// A list of checkable rows (colour, name, count) shared by the entity-type legend and the
// relation list: click toggles one; Alt+click (or double-click) shows only that one.
import { clear, el, swatch } from "./dom.ts";

export interface ToggleItem {
  id: string;
  label: string;
  color: string;
  count: number;
}

export interface ToggleList {
  /** ticks the boxes as the hidden set says */
  sync(): void;
  /** shows new counts (the time and document filters change them); an id not given counts 0 */
  setCounts(counts: ReadonlyMap<string, number>): void;
}

export function renderToggleList(
  root: HTMLElement,
  items: ToggleItem[],
  hidden: () => ReadonlySet<string>,
  setHidden: (next: Set<string>) => void,
): ToggleList {
  clear(root);
  const boxes = new Map<string, HTMLInputElement>();
  const rows = new Map<string, { row: HTMLElement; count: HTMLElement }>();
  for (const item of items) {
    const box = el("input", { attrs: { type: "checkbox", "data-id": item.id } });
    box.addEventListener("change", () => {
      const next = new Set(hidden());
      if (box.checked) next.delete(item.id);
      else next.add(item.id);
      setHidden(next);
    });
    const count = el("span", { class: "count" }, item.count);
    const row = el(
      "li",
      { class: item.count === 0 ? "empty" : "", attrs: { "data-id": item.id } },
      el("label", { title: "click: show/hide · double-click: only this" }, box, swatch(item.color), el("span", { class: "name" }, item.label), count),
    );
    rows.set(item.id, { row, count });
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
  const setCounts = (counts: ReadonlyMap<string, number>) => {
    for (const [id, { row, count }] of rows) {
      const n = counts.get(id) ?? 0;
      count.textContent = String(n);
      row.classList.toggle("empty", n === 0);
    }
  };
  return { sync, setCounts };
}
