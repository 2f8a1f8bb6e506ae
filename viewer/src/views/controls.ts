// Layout, sizing, colouring, mention and implied filters, open and export: plain controls that
// only write to the store or call the actions they are given.
import type { Store } from "../core/store.ts";
import type { ColorBy, SizeBy, ViewState } from "../core/state.ts";
import { clear, el } from "./dom.ts";

export interface ControlActions {
  toggleLayout(): void;
  resetCamera(): void;
  openFile(file: File): void;
  exportPng(): void;
  exportGexf(): void;
}

export function mountControls(root: HTMLElement, store: Store<ViewState>, maxMentions: number, actions: ControlActions): () => void {
  clear(root);
  const layoutBtn = el("button", { attrs: { id: "layout-toggle", type: "button" }, on: { click: actions.toggleLayout } }, "Run layout");
  const resetBtn = el("button", { attrs: { id: "reset-camera", type: "button" }, title: "Fit the graph (0)", on: { click: actions.resetCamera } }, "Fit");

  const sizeSel = el("select", { attrs: { id: "size-by", "aria-label": "Node size" } },
    el("option", { attrs: { value: "degree" } }, "degree"),
    el("option", { attrs: { value: "pagerank" } }, "PageRank"),
    el("option", { attrs: { value: "file" } }, "as built"),
  );
  sizeSel.addEventListener("change", () => store.set({ sizeBy: sizeSel.value as SizeBy }));
  const colorSel = el("select", { attrs: { id: "color-by", "aria-label": "Node colour" } },
    el("option", { attrs: { value: "type" } }, "entity type"),
    el("option", { attrs: { value: "community" } }, "community (Louvain)"),
  );
  colorSel.addEventListener("change", () => store.set({ colorBy: colorSel.value as ColorBy }));

  const slider = el("input", { attrs: { id: "min-mentions", type: "range", min: "0", max: String(Math.max(1, maxMentions)), step: "1", value: "0", "aria-label": "Minimum mentions" } });
  const sliderValue = el("output", { attrs: { id: "min-mentions-value", for: "min-mentions" } }, "0");
  slider.addEventListener("input", () => store.set({ minMentions: Number(slider.value) }));

  const implied = el("input", { attrs: { id: "hide-implied", type: "checkbox" } });
  implied.addEventListener("change", () => store.set({ hideImplied: implied.checked }));

  const fileInput = el("input", { attrs: { id: "open-file", type: "file", accept: ".json,.gexf,application/json,application/xml", hidden: "" } });
  fileInput.addEventListener("change", () => {
    const f = fileInput.files?.[0];
    if (f) actions.openFile(f);
    fileInput.value = "";
  });

  root.append(
    el("div", { class: "row" }, layoutBtn, resetBtn),
    el("label", { class: "row" }, "Size by ", sizeSel),
    el("label", { class: "row" }, "Colour by ", colorSel),
    el("label", { class: "row" }, "Min. mentions ", slider, sliderValue),
    el("label", { class: "row" }, implied, " hide implied places"),
    el("div", { class: "row" },
      el("button", { attrs: { id: "open-button", type: "button" }, title: "Open graph.json or .gexf (or drop it on the page)", on: { click: () => fileInput.click() } }, "Open…"),
      fileInput,
      el("button", { attrs: { id: "export-png", type: "button" }, on: { click: actions.exportPng } }, "PNG"),
      el("button", { attrs: { id: "export-gexf", type: "button" }, title: "the visible, filtered graph", on: { click: actions.exportGexf } }, "GEXF"),
    ),
  );

  const sync = (s: ViewState) => {
    layoutBtn.textContent = s.layoutRunning ? "Stop layout" : "Run layout";
    layoutBtn.setAttribute("aria-pressed", String(s.layoutRunning));
    sizeSel.value = s.sizeBy;
    colorSel.value = s.colorBy;
    slider.value = String(s.minMentions);
    sliderValue.textContent = String(s.minMentions);
    implied.checked = s.hideImplied;
  };
  sync(store.get());
  return store.subscribe(sync);
}
