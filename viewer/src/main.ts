// Entry point: load the graph the server offers (graph.json, else graph.gexf), mount the app,
// and let the user swap in another file. window.__hkg is a read-only hook for the browser tests.
import "./styles.css";
import { mountApp, type Elements, type MountedApp } from "./app.ts";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { graphFromParsed, parseGraphFile, type GexfReader } from "./core/load.ts";
import type { LoadReply, LoadRequest } from "./core/load-protocol.ts";
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
  time: byId("time"),
  status: byId("status"),
  graphName: byId("graph-name"),
};

let app: MountedApp | null = null;
let renders = 0;
const readGexf: GexfReader = (text) => parseGexf(Graph, text, { addMissingNodes: true });

function show(graph: ViewerGraph): void {
  app?.dispose();
  app = mountApp(graph, els, (f) => void openFile(f));
  app.renderer.on("afterRender", () => renders++);
}

/**
 * Reads and parses a graph in a worker (core/load-worker.ts) and builds it here from the parsed
 * form; null when the server has no graph. Errors name the file, as parseGraphFile's do.
 */
function load(req: LoadRequest): Promise<ViewerGraph | null> {
  const worker = new Worker(new URL("./core/load-worker.ts", import.meta.url), { type: "module" });
  return new Promise<ViewerGraph | null>((resolve, reject) => {
    worker.addEventListener("message", (ev: MessageEvent<LoadReply>) => {
      const r = ev.data;
      try {
        if (r.kind === "graph") resolve(graphFromParsed(r.name, r.data));
        else if (r.kind === "gexf") resolve(parseGraphFile(r.name, r.text, readGexf));
        else if (r.kind === "missing") resolve(null);
        else reject(new Error(r.message));
      } catch (err) {
        reject(err as Error);
      }
    });
    worker.addEventListener("error", (ev) => reject(new Error(ev.message || "the graph loader failed to start")));
    worker.postMessage(req);
  }).finally(() => worker.terminate());
}

async function openFile(file: File): Promise<void> {
  try {
    const graph = await load({ kind: "file", file });
    if (!graph) return;
    if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
    show(graph);
  } catch (err) {
    els.status.textContent = (err as Error).message;
  }
}

/** `hkg serve` offers its graph at ./graph; the worker fetches it (the URL resolved against this page). */
async function loadDefault(): Promise<void> {
  const graph = await load({ kind: "url", url: new URL("graph", window.location.href).href });
  if (!graph) {
    els.status.textContent = "No graph served here: open a graph.json or .gexf file (button or drag and drop).";
    return;
  }
  show(graph);
}

mountDropzone(byId("drop-hint"), (f) => void openFile(f));

window.__hkg = {
  ready: false,
  displayedNodes: () => (app ? app.graph.filterNodes((k) => app!.renderer.getNodeDisplayData(k)?.hidden === false) : []),
  displayedLabels: () => (app ? window.__hkg!.displayedNodes().map((k) => app!.graph.getNodeAttribute(k, "label")) : []),
  displayedEdges: () => (app ? app.graph.filterEdges((k) => app!.renderer.getEdgeDisplayData(k)?.hidden === false) : []),
  selected: () => app?.store.get().selected ?? null,
  hovered: () => app?.store.get().hovered ?? null,
  reduced: () => ({ ...(app?.reduced ?? { nodes: 0, edges: 0 }) }),
  nodeScreenPosition: (label) => {
    if (!app) return null;
    const key = app.graph.findNode((_, a) => a.label === label);
    const d = key === undefined ? undefined : app.renderer.getNodeDisplayData(key);
    return d ? app.renderer.framedGraphToViewport(d) : null;
  },
  renders: () => renders,
  settled: () => {
    if (!app) return true;
    // sigma keeps its pending animation frames in these fields; no public getter says "a frame is due"
    const pending = app.renderer as unknown as { renderFrame: number | null; renderHighlightedNodesFrame: number | null };
    return !pending.renderFrame && !pending.renderHighlightedNodesFrame && !app.renderer.getCamera().isAnimated();
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
