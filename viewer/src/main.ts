// Entry point: load the graph the server offers (graph.json, else graph.gexf), mount the app,
// and let the user swap in another file. window.__hkg is a read-only hook for the browser tests.
import "./styles.css";
import { mountApp, type Elements, type MountedApp } from "./app.ts";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { parseGraphFile, type GexfReader } from "./core/load.ts";
import type { ViewerGraph } from "./core/types.ts";
import { mountDropzone } from "./views/dropzone.ts";
import "./core/test-hook.ts";

const byId = (id: string): HTMLElement => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing from index.html`);
  return e;
};
const els: Elements = {
  sigma: byId("sigma"),
  legend: byId("legend"),
  relations: byId("relations"),
  controls: byId("controls"),
  search: byId("search"),
  panel: byId("panel"),
  status: byId("status"),
  graphName: byId("graph-name"),
};

let app: MountedApp | null = null;
const readGexf: GexfReader = (text) => parseGexf(Graph, text, { addMissingNodes: true });

function show(graph: ViewerGraph): void {
  app?.dispose();
  app = mountApp(graph, els, (f) => void openFile(f));
}

async function openFile(file: File): Promise<void> {
  try {
    const graph = parseGraphFile(file.name, await file.text(), readGexf);
    if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
    show(graph);
  } catch (err) {
    els.status.textContent = (err as Error).message;
  }
}

async function loadDefault(): Promise<void> {
  for (const name of ["graph.json", "graph.gexf"]) {
    const res = await fetch(name);
    if (res.ok) {
      show(parseGraphFile(name, await res.text(), readGexf));
      return;
    }
  }
  els.status.textContent = "No graph served here: open a graph.json or .gexf file (button or drag and drop).";
}

mountDropzone(byId("drop-hint"), (f) => void openFile(f));

window.__hkg = {
  ready: false,
  displayedNodes: () => (app ? app.graph.filterNodes((k) => app!.renderer.getNodeDisplayData(k)?.hidden === false) : []),
  displayedLabels: () => (app ? window.__hkg!.displayedNodes().map((k) => app!.graph.getNodeAttribute(k, "label")) : []),
  displayedEdges: () => (app ? app.graph.filterEdges((k) => app!.renderer.getEdgeDisplayData(k)?.hidden === false) : []),
  selected: () => app?.store.get().selected ?? null,
  nodeScreenPosition: (label) => {
    if (!app) return null;
    const key = app.graph.findNode((_, a) => a.label === label);
    const d = key === undefined ? undefined : app.renderer.getNodeDisplayData(key);
    return d ? app.renderer.framedGraphToViewport(d) : null;
  },
};

loadDefault()
  .catch((err: unknown) => {
    els.status.textContent = `Could not load the graph: ${(err as Error).message}`;
    console.error(err);
  })
  .finally(() => {
    window.__hkg!.ready = true;
  });
