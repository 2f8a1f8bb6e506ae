// The one reader of a graph file written by hkg build, for every consumer (hkg load, hkg eval,
// hkg serve): it opens the file of the committed set (see atomic.ts), so no reader pairs one
// build's graph.json with another's, and it turns a missing or broken file into one sentence.
import { extname } from "node:path";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../ontology/index.ts";
import { committedPath, readCommitted } from "./atomic.ts";

/** The graphology serialisation as it arrives from disk: typed, but not yet trusted. */
export interface SerializedGraph {
  attributes?: Partial<GraphAttributes>;
  options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes?: Partial<NodeAttributes> }[];
  edges: { key?: string; source: string; target: string; attributes?: Partial<EdgeAttributes> }[];
}

/** The graph file is missing, unreadable or not what hkg build writes; the message names it. */
export class GraphFileError extends Error {
  override name = "GraphFileError";
}

export type GraphKind = "json" | "gexf";

/** The two graph files a reader takes: graphology JSON and GEXF. */
export function graphKind(path: string): GraphKind {
  const ext = extname(path).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".gexf") return "gexf";
  throw new GraphFileError(`${path}: the graph must be a .json (graphology) or .gexf file`);
}

/** The path to open for one file of a written set (the staged copy while a killed build's renames are pending). */
export function graphFilePath(path: string): Promise<string> {
  return committedPath(path);
}

/** graph.json as hkg build committed it, parsed; GraphFileError when it is missing, unreadable or not JSON. */
export async function readGraphFile(path: string): Promise<SerializedGraph> {
  let text: string;
  try {
    // as hkg build committed it, even if a build was killed half way through renaming its set
    text = (await readCommitted(path)).toString("utf8");
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    throw new GraphFileError(missing ? `no graph file at ${path} (build one with hkg build)` : `cannot read ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new GraphFileError(`${path} is not JSON: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || !Array.isArray((parsed as SerializedGraph).nodes) || !Array.isArray((parsed as SerializedGraph).edges)) {
    throw new GraphFileError(`${path} is not a graphology graph: expected { nodes: [...], edges: [...] }`);
  }
  return parsed as SerializedGraph;
}
