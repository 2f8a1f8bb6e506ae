// The graph file is read and parsed in this worker, off the page's thread: at 50,000 entities
// JSON.parse and building the checked graph take seconds, during which the page would freeze.
// The page receives the finished graph (graphology's serialised form, by structured clone) and
// only imports it. GEXF needs the DOM's XML parser, which workers lack: its text goes back to
// the page to be parsed there.
import { isGexfFile, parseGraphJson } from "./load.ts";
import type { LoadReply, LoadRequest } from "./load-protocol.ts";

const post = (reply: LoadReply) => (self as unknown as Worker).postMessage(reply);

async function read(req: LoadRequest): Promise<LoadReply> {
  let name: string;
  let text: string;
  if (req.kind === "url") {
    const res = await fetch(req.url);
    if (!res.ok) return { kind: "missing", status: res.status };
    // `hkg serve` offers its graph at ./graph; the content type says JSON or GEXF
    const gexf = /xml|gexf/.test(res.headers.get("content-type") ?? "");
    name = gexf ? "graph.gexf" : "graph.json";
    text = await res.text();
  } else {
    name = req.file.name;
    text = await req.file.text();
  }
  if (isGexfFile(name, text)) return { kind: "gexf", name, text };
  return { kind: "graph", name, data: parseGraphJson(name, text) };
}

self.addEventListener("message", (ev: MessageEvent<LoadRequest>) => {
  read(ev.data).then(post, (err: unknown) => post({ kind: "error", message: (err as Error).message }));
});
