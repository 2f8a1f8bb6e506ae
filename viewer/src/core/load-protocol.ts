import type { SerializedGraph } from "graphology-types";
import type { ViewerEdge, ViewerGraphAttributes, ViewerNode } from "./types.ts";

/** what the page asks the loading worker for: the served graph, or a file the user opened */
export type LoadRequest = { kind: "url"; url: string } | { kind: "file"; file: File };

export type LoadReply =
  | { kind: "graph"; data: SerializedGraph<ViewerNode, ViewerEdge, ViewerGraphAttributes> }
  /** GEXF text, for the page to parse (workers have no XML parser) */
  | { kind: "gexf"; name: string; text: string }
  /** the server answered with this status: no graph served */
  | { kind: "missing"; status: number }
  | { kind: "error"; message: string };
