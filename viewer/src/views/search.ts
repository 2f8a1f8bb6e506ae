// The search box: suggestions over names, aliases and pinyin; arrows move, Enter selects, Esc clears.
import { NODE_COLORS } from "../core/ontology.ts";
import { search, type SearchEntry, type Suggestion } from "../core/search-index.ts";
import { clear, el, swatch } from "./dom.ts";

export function mountSearch(root: HTMLElement, entries: () => readonly SearchEntry[], choose: (key: string) => void): { focus(): void; dispose(): void } {
  clear(root);
  const input = el("input", {
    attrs: { type: "search", id: "search-input", placeholder: "Search: 矿大, xuzhou, xz…  ( / )", autocomplete: "off", "aria-label": "Search entities", role: "combobox", "aria-controls": "suggestions", "aria-expanded": "false" },
  });
  const list = el("ul", { attrs: { id: "suggestions", role: "listbox" } });
  root.append(input, list);
  let results: Suggestion[] = [];
  let active = 0;

  const render = () => {
    clear(list);
    input.setAttribute("aria-expanded", String(results.length > 0));
    results.forEach((s, i) => {
      const li = el(
        "li",
        { class: i === active ? "active" : "", attrs: { role: "option", "data-key": s.key, "aria-selected": String(i === active) } },
        swatch((NODE_COLORS as Record<string, string>)[s.kind] ?? "#999"),
        el("span", { class: "name" }, s.label),
        s.via ? el("span", { class: "via muted" }, s.via) : null,
        el("span", { class: "kind muted" }, s.kind),
      );
      // mousedown, not click: it fires before the input's blur hides the list
      li.addEventListener("mousedown", (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.appendChild(li);
    });
  };
  const pick = (i: number) => {
    const s = results[i];
    if (!s) return;
    input.value = s.label;
    results = [];
    render();
    choose(s.key);
  };

  input.addEventListener("input", () => {
    results = search(entries(), input.value);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (results.length) active = (active + (ev.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
      render();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (!results.length) results = search(entries(), input.value);
      pick(active);
    } else if (ev.key === "Escape") {
      input.value = "";
      results = [];
      render();
      input.blur();
    }
  });
  input.addEventListener("blur", () => {
    results = [];
    render();
  });
  return { focus: () => input.focus(), dispose: () => clear(root) };
}
