// Wires one graph to the views: sigma with reducers over the store, the side controls, search,
// panel, hash route and keyboard. mountApp returns dispose() so another graph can replace it.
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { downloadAsPNG } from "@sigma/export-image";
import { NODE_COLORS, NODE_TYPES, RELATION_COLORS, RELATION_TYPES } from "./core/ontology.ts";
import { edgeShown, nodeShown, stated } from "./core/filters.ts";
import { LayoutController } from "./core/layout.ts";
import { computeCommunities, computeSizes, type Communities } from "./core/metrics.ts";
import { makeEdgeReducer, makeNodeReducer } from "./core/reducers.ts";
import { focusOf, planRefresh } from "./core/refresh-plan.ts";
import { findNodeByName, nodeHash, parseHash } from "./core/route.ts";
import { addPinyinInBackground, buildEntries } from "./core/search-index.ts";
import { FILTER_KEYS, initialState, type ViewState } from "./core/state.ts";
import { isLarge, sigmaSettingsFor } from "./core/scale.ts";
import { refreshPart } from "./core/partial-refresh.ts";
import { Store } from "./core/store.ts";
import type { ViewerGraph } from "./core/types.ts";
import { download, visibleGexf } from "./core/export.ts";
import { mountControls } from "./views/controls.ts";
import { mountFocusLayer } from "./views/focus-layer.ts";
import { renderPanel } from "./views/panel.ts";
import { mountSearch } from "./views/search.ts";
import { mountTime } from "./views/time.ts";
import { renderToggleList, type ToggleItem } from "./views/toggle-list.ts";

export interface Elements {
  sigma: HTMLElement;
  legend: HTMLElement;
  relations: HTMLElement;
  controls: HTMLElement;
  search: HTMLElement;
  panel: HTMLElement;
  /** the year range and document picker */
  time: HTMLElement;
  status: HTMLElement;
  graphName: HTMLElement;
}

export interface MountedApp {
  graph: ViewerGraph;
  renderer: Sigma;
  store: Store<ViewState>;
  select(key: string | null, zoom?: boolean): void;
  /** reducer calls since the graph was mounted: how much of it the events so far made sigma redo */
  reduced: { nodes: number; edges: number };
  dispose(): void;
}

function countBy<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

/** Ontology entries first (even at zero, so the legend always teaches the ontology), then any others. */
function toggleItems(counts: Map<string, number>, known: readonly string[], colors: Record<string, string>): ToggleItem[] {
  const ids = [...known, ...[...counts.keys()].filter((k) => !known.includes(k)).sort()];
  return ids.map((id) => ({ id, label: id, color: colors[id] ?? "#999999", count: counts.get(id) ?? 0 }));
}

export function mountApp(graph: ViewerGraph, els: Elements, onOpenFile: (f: File) => void): MountedApp {
  const store = new Store<ViewState>(initialState());
  let sizes = computeSizes(graph, store.get().sizeBy);
  let communities: Communities | null = null;
  let focus: Set<string> | null = null;

  const reduced = { nodes: 0, edges: 0 };
  const ctx = { graph, state: () => store.get(), sizes: () => sizes, communities: () => communities, focus: () => focus, counted: reduced };
  const renderer = new Sigma(graph, els.sigma, {
    nodeReducer: makeNodeReducer(ctx) as never,
    edgeReducer: makeEdgeReducer(ctx) as never,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: EdgeArrowProgram },
    labelFont: "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
    edgeLabelFont: "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
    edgeLabelSize: 11,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    ...sigmaSettingsFor(graph.order, graph.size),
  });
  const focusLayer = mountFocusLayer(renderer, graph);
  const large = isLarge(graph.order, graph.size);
  const layout = new LayoutController(graph);
  const entries = buildEntries(graph);
  const stopPinyin = addPinyinInBackground(entries);

  const toggleLayout = () => {
    if (layout.running) layout.stop();
    else layout.start();
    store.set({ layoutRunning: layout.running });
  };

  const isEdgeShown = (edge: string) => edgeShown(store.get(), graph, edge, graph.getEdgeAttributes(edge));

  // --- selection, camera and the shareable hash
  const zoomTo = (key: string) => {
    const d = renderer.getNodeDisplayData(key);
    if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.35) }, { duration: 400 });
  };
  const select = (key: string | null, zoom = false) => {
    store.set({ selected: key });
    if (key && zoom) zoomTo(key);
  };
  const applyHash = () => {
    const name = parseHash(window.location.hash);
    // Back to an address without an entity (history, or an edited link) closes the panel.
    if (name === null) return select(null);
    const key = findNodeByName(graph, name);
    // the address a selection just wrote (a click) is no journey: the camera stays where it is
    if (key !== null && key === store.get().selected) return;
    if (key !== null) select(key, true);
    else els.status.textContent = `No entity named “${name}” in this graph`;
  };
  window.addEventListener("hashchange", applyHash);

  // --- views
  const nodeCounts = countBy(graph.mapNodes((_, a) => a.kind));
  const relCounts = countBy(graph.mapEdges((_, a) => a.relation));
  const legend = renderToggleList(els.legend, toggleItems(nodeCounts, NODE_TYPES, NODE_COLORS), () => store.get().hiddenKinds, (next) => store.set({ hiddenKinds: next }));
  const relationList = renderToggleList(els.relations, toggleItems(relCounts, RELATION_TYPES, RELATION_COLORS), () => store.get().hiddenRelations, (next) => store.set({ hiddenRelations: next }));
  const maxMentions = graph.reduceNodes((m, _, a) => Math.max(m, a.mentions), 0);
  const unsubscribeControls = mountControls(els.controls, store, Math.min(maxMentions, 50), {
    toggleLayout,
    resetCamera: () => void renderer.getCamera().animatedReset({ duration: 300 }),
    openFile: onOpenFile,
    exportPng: () => void downloadAsPNG(renderer, { fileName: "huaihai-graph", backgroundColor: "#ffffff" }),
    exportGexf: () => download(new Blob([visibleGexf(graph, renderer)], { type: "application/gexf+xml" }), "huaihai-graph.gexf"),
  });
  const unsubscribeTime = mountTime(els.time, store, graph.getAttribute("documents"));
  // the legend counts what the chosen years and documents state
  const recount = (s: ViewState) => {
    legend.setCounts(countBy(graph.filterNodes((_, a) => stated(s, a.docs)).map((k) => graph.getNodeAttribute(k, "kind"))));
    relationList.setCounts(countBy(graph.filterEdges((_, a) => stated(s, a.docs)).map((k) => graph.getEdgeAttribute(k, "relation"))));
  };
  const searchView = mountSearch(els.search, () => entries, (key) => select(key, true));
  els.graphName.textContent = graph.getAttribute("name");

  const updateStatus = () => {
    const s = store.get();
    const shown = graph.reduceNodes((n, _, a) => n + (nodeShown(s, a) ? 1 : 0), 0);
    els.status.textContent = `${shown} of ${graph.order} entities shown · ${graph.size} relations`;
  };
  updateStatus();

  // --- store → renderer and views. Filters re-index (the visible set changes); hover does not.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.sizeBy !== prev.sizeBy) sizes = computeSizes(graph, s.sizeBy);
    if (s.colorBy === "community" && !communities) communities = computeCommunities(graph);
    const prevFocus = focus;
    if (s.hovered !== prev.hovered) focus = focusOf(graph, s.hovered);
    const filtersChanged = FILTER_KEYS.some((k) => s[k] !== prev[k]);
    if (filtersChanged) {
      legend.sync();
      relationList.sync();
      if (s.activeDocs !== prev.activeDocs) recount(s);
      updateStatus();
    }
    if (filtersChanged || s.selected !== prev.selected) renderPanel(els.panel, s.selected, { graph, edgeShown: isEdgeShown, select: (k) => select(k, true), activeDocs: s.activeDocs });
    if (s.selected !== prev.selected) {
      const wanted = s.selected === null ? "" : nodeHash(graph.getNodeAttribute(s.selected, "label"));
      if (window.location.hash !== wanted) {
        if (wanted) window.location.hash = wanted;
        else history.replaceState(null, "", window.location.pathname + window.location.search);
      }
    }
    const plan = planRefresh(graph, s, prev, focus, prevFocus);
    if (plan.kind === "full") renderer.refresh();
    else if (plan.kind === "partial") refreshPart(renderer, plan.nodes, plan.edges, !large);
    if (s.hovered !== prev.hovered || filtersChanged) focusLayer.set(s.hovered, isEdgeShown);
  });

  // --- sigma events
  renderer.on("enterNode", ({ node }) => store.set({ hovered: node }));
  renderer.on("leaveNode", () => store.set({ hovered: null }));
  renderer.on("enterEdge", ({ edge }) => store.set({ hoveredEdge: edge }));
  renderer.on("leaveEdge", () => store.set({ hoveredEdge: null }));
  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickStage", () => select(null));

  // --- keyboard: "/" search, Esc close, 0 fit, l layout
  const onKey = (ev: KeyboardEvent) => {
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement || ev.target instanceof HTMLTextAreaElement;
    if (ev.key === "Escape" && !typing) select(null);
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "/") {
      ev.preventDefault();
      searchView.focus();
    } else if (ev.key === "0") void renderer.getCamera().animatedReset({ duration: 300 });
    else if (ev.key === "l") toggleLayout();
  };
  document.addEventListener("keydown", onKey);

  applyHash();

  return {
    graph,
    renderer,
    store,
    select,
    reduced,
    dispose() {
      stopPinyin();
      focusLayer.dispose();
      layout.kill();
      unsubscribe();
      unsubscribeControls();
      unsubscribeTime();
      searchView.dispose();
      window.removeEventListener("hashchange", applyHash);
      document.removeEventListener("keydown", onKey);
      renderer.kill();
      renderPanel(els.panel, null, { graph, edgeShown: isEdgeShown, select });
    },
  };
}
