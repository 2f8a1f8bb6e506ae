// Gephi's own GEXF import (the Gephi Toolkit from Maven Central, run headless by gephi/GexfCounts):
// what a user sees after File → Open. Without java or mvn the suite skips locally and fails in CI.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SHORT_JVM } from "./jvm.ts";

const root = path.resolve(import.meta.dirname, "../..");
const project = path.join(root, "gephi");
const classpathFile = path.join(project, "target", "classpath.txt");
const stamp = path.join(project, "target", ".built");

export interface GephiCounts {
  nodes: number;
  edges: number;
  edgeKinds: Record<string, number>;
  /** per attribute column: how many nodes / edges hold a value */
  nodeValues: Record<string, number>;
  edgeValues: Record<string, number>;
  positioned: number;
  coloured: number;
  sized: number;
  issues: string[];
  /** nodes and edges with a time set (spells), and the span of Gephi's timeline (ISO dates) or null */
  timedNodes: number;
  timedEdges: number;
  timeBounds: [string, string] | null;
}

export interface GephiProbe {
  available: boolean;
  reason: string;
}

function missingTool(): string | undefined {
  for (const tool of ["java", "mvn"]) {
    if (spawnSync(tool, ["-version"], { stdio: "ignore" }).error) return `${tool} is not installed`;
  }
  return undefined;
}

/** Compiles the reader and resolves the toolkit's jars (first run downloads them into ~/.m2). */
function buildReader(): void {
  const sources = [path.join(project, "pom.xml"), path.join(project, "src/main/java/org/huaihaikg/gephi/GexfCounts.java")];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(stamp) && existsSync(classpathFile) && statSync(stamp).mtimeMs >= newest) return;
  execFileSync("mvn", ["-q", "-B", "-f", path.join(project, "pom.xml"), "compile", "dependency:build-classpath", `-Dmdep.outputFile=${classpathFile}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  writeFileSync(stamp, new Date().toISOString() + "\n");
}

export function probeGephi(): GephiProbe {
  let reason = missingTool();
  if (!reason) {
    try {
      buildReader();
    } catch (err) {
      const e = err as { stdout?: Buffer; stderr?: Buffer; message: string };
      reason = `building gephi/ with Maven failed: ${String(e.stdout ?? "")}${String(e.stderr ?? "") || e.message}`.slice(0, 2000);
    }
  }
  if (!reason) return { available: true, reason: "" };
  if (process.env.CI === "true") throw new Error(`CI needs the Gephi Toolkit reader: ${reason}`);
  console.warn(`skipping Gephi tests: ${reason}`);
  return { available: false, reason };
}

/** Opens a GEXF file in Gephi (import, default processor, new workspace) and returns what it holds. */
export function readWithGephi(file: string): GephiCounts {
  const classpath = `${path.join(project, "target", "classes")}:${readFileSync(classpathFile, "utf8").trim()}`;
  const out = execFileSync("java", ["-Xmx512m", ...SHORT_JVM, "-Djava.awt.headless=true", "-cp", classpath, "org.huaihaikg.gephi.GexfCounts", file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as GephiCounts;
}
