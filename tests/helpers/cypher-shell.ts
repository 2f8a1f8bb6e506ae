// A real cypher-shell (Neo4j's own, from Maven Central, as neo4j/cypher-shell/pom.xml resolves it)
// for the tests that run graph.cypher the way its header tells users to. Resolved once per clone;
// without Java or Maven the tests skip locally and fail under CI=true.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SHORT_JVM } from "./jvm.ts";
import { config } from "./neo4j.ts";

const POM = fileURLToPath(new URL("../../neo4j/cypher-shell/pom.xml", import.meta.url));
const CLASSPATH = fileURLToPath(new URL("../../neo4j/cypher-shell/target/classpath.txt", import.meta.url));

/** The classpath of cypher-shell, resolving it with Maven the first time; null (with a warning) when that cannot be done here. */
export function cypherShellClasspath(): string | null {
  if (!existsSync(CLASSPATH)) {
    const r = spawnSync("mvn", ["-q", "-B", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${CLASSPATH}`], { encoding: "utf8" });
    if (r.error || r.status !== 0 || !existsSync(CLASSPATH)) {
      const reason = `cannot resolve cypher-shell with Maven: ${r.error?.message ?? (r.stdout + r.stderr).split("\n").slice(-5).join(" ")}`;
      if (process.env.CI === "true") throw new Error(reason);
      console.warn(`skipping cypher-shell tests: ${reason}`);
      return null;
    }
  }
  return readFileSync(CLASSPATH, "utf8").trim();
}

/** Runs a Cypher file with cypher-shell against the test database, stopping at the first failing statement. */
export function runCypherShell(classpath: string, file: string): SpawnSyncReturns<string> {
  return spawnSync(
    "java",
    [...SHORT_JVM, "-cp", classpath, "org.neo4j.shell.Main", "-a", config.uri, "-u", config.user, "-p", config.password, "-d", config.database, "--fail-fast", "--non-interactive", "-f", file],
    { encoding: "utf8", timeout: 600_000 },
  );
}
