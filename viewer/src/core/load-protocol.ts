import type { SerializedViewerGraph } from "./load.ts";

/** what the page asks the loading worker for: the served graph, or a file the user opened */
export type LoadRequest = { kind: "url"; url: string } | { kind: "file"; file: File };

export type LoadReply =
  /** graph.json, checked and normalised (load.ts's parseGraphJson) */
  | { kind: "graph"; name: string; data: SerializedViewerGraph }
  /** GEXF text, for the page to parse (workers have no XML parser) */
  | { kind: "gexf"; name: string; text: string }
  /** the server answered with this status: no graph served */
  | { kind: "missing"; status: number }
  | { kind: "error"; message: string };
