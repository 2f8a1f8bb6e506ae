// networkx, as Debian packages it (python3-networkx), reading our GEXF and GraphML files.
// Without it the suite skips locally and fails in CI.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// Debian's interpreter first: a python3 earlier on PATH (pyenv, venv) may lack the Debian package.
export const NETWORKX_PYTHON = process.env.NETWORKX_PYTHON ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
const python = NETWORKX_PYTHON;
const script = path.join(import.meta.dirname, "networkx-counts.py");

export interface NetworkxCounts {
  networkx: string;
  graph: string;
  nodes: number;
  edges: number;
  edgeTypes: Record<string, number>;
  nodeValues: Record<string, number>;
  edgeValues: Record<string, number>;
  /** GEXF only: how many nodes carry each viz element (color, size, position) */
  viz: Record<string, number>;
}

export function probeNetworkx(): { available: boolean; reason: string } {
  const r = spawnSync(python, ["-c", "import networkx"], { encoding: "utf8" });
  if (!r.error && r.status === 0) return { available: true, reason: "" };
  const reason = `${python} cannot import networkx (apt-get install python3-networkx): ${r.error?.message ?? r.stderr.trim()}`;
  if (process.env.CI === "true") throw new Error(`CI needs networkx: ${reason}`);
  console.warn(`skipping networkx tests: ${reason}`);
  return { available: false, reason };
}

export function readWithNetworkx(format: "gexf" | "graphml", file: string): NetworkxCounts {
  return JSON.parse(execFileSync(python, [script, format, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as NetworkxCounts;
}
