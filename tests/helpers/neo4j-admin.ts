// The real `neo4j-admin database import full`, run from the Neo4j jars that npm run neo4j:start
// resolved (neo4j/target/classpath.txt: neo4j-command-line and neo4j-import-tool come with the
// server), into an empty Neo4j home of its own.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SHORT_JVM } from "./jvm.ts";

const root = path.resolve(import.meta.dirname, "../..");
const classpathFile = path.join(root, "neo4j", "target", "classpath.txt");

export interface ImportReport {
  nodes: number;
  relationships: number;
  properties: number;
  output: string;
}

export function neo4jAdminAvailable(): string | undefined {
  return existsSync(classpathFile) ? undefined : `${classpathFile} is missing: run npm run neo4j:start once`;
}

/**
 * Imports into a fresh database "neo4j" under a new home; the args are neo4j-admin's, run in `cwd`.
 * Asynchronous, so that a test file can start it early and go on with its other work meanwhile.
 */
export async function neo4jAdminImport(cwd: string, args: string[]): Promise<ImportReport> {
  const home = mkdtempSync(path.join(tmpdir(), "hkg-neo4j-admin-"));
  mkdirSync(path.join(home, "conf"));
  writeFileSync(path.join(home, "conf", "neo4j.conf"), "");
  const classpath = `${path.join(root, "neo4j", "target", "classes")}:${readFileSync(classpathFile, "utf8").trim()}`;
  const output = await new Promise<string>((resolve, reject) => {
    execFile(
      "java",
      ["-Xmx512m", ...SHORT_JVM, "-cp", classpath, "org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j", "--max-off-heap-memory=256m", ...args],
      { cwd, encoding: "utf8", env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`neo4j-admin import failed: ${error.message}\n${String(stderr).slice(-2000)}`)) : resolve(stdout)),
    );
  });
  const figure = (what: string) => {
    const m = new RegExp(`^\\s*(\\d+) ${what}$`, "m").exec(output);
    if (!m) throw new Error(`neo4j-admin printed no "${what}" count:\n${output.slice(-2000)}`);
    return Number(m[1]);
  };
  return { nodes: figure("nodes"), relationships: figure("relationships"), properties: figure("properties"), output };
}
