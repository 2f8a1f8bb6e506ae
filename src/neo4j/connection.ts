// How the project reaches Neo4j: settings from the environment and errors a person can act on.
import type { Driver } from "neo4j-driver";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const DEFAULT_CONFIG: Neo4jConfig = {
  uri: "bolt://127.0.0.1:7687",
  user: "neo4j",
  password: "huaihai-kg",
  database: "neo4j",
};

/**
 * The one rule for where Neo4j is and who we are there, read by hkg, the tests and
 * `npm run neo4j:start` alike: NEO4J_URI, else the local server on NEO4J_PORT (default 7687);
 * NEO4J_USERNAME (cypher-shell's and the drivers' name) or NEO4J_USER.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || (env.NEO4J_PORT ? `bolt://127.0.0.1:${env.NEO4J_PORT}` : DEFAULT_CONFIG.uri),
    user: env.NEO4J_USERNAME || env.NEO4J_USER || DEFAULT_CONFIG.user,
    password: env.NEO4J_PASSWORD || DEFAULT_CONFIG.password,
    database: env.NEO4J_DATABASE || DEFAULT_CONFIG.database,
  };
}

/**
 * The port a local server must listen on so that `config.uri` reaches it (npm run neo4j:start);
 * an error naming the address when the URI points elsewhere, since no local start can serve it.
 */
export function localBoltPort(config: Neo4jConfig): number {
  let url: URL;
  try {
    url = new URL(config.uri);
  } catch {
    throw new Error(`NEO4J_URI "${config.uri}" is not a URI (e.g. bolt://127.0.0.1:7687)`);
  }
  const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (!local || !["bolt:", "neo4j:"].includes(url.protocol)) {
    throw new Error(`NEO4J_URI is ${config.uri}; a local server can only serve bolt:// or neo4j:// on 127.0.0.1 (unset NEO4J_URI, or set NEO4J_PORT)`);
  }
  const port = Number(url.port || 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`no valid port in ${config.uri}`);
  return port;
}

/** The driver module takes ~0.3 s to import, so it is loaded when a connection is opened: hkg build and --version never pay for it. */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const { default: neo4j } = await import("neo4j-driver");
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Fail in seconds, not the driver's default half minute, when the server is not there.
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 10_000,
    disableLosslessIntegers: false,
  });
}

/** The server could not be reached or refused the credentials: nothing was sent to it. */
export class Neo4jConnectError extends Error {
  override name = "Neo4jConnectError";
}

/** Connects and checks credentials, turning the driver's errors into one clear sentence. */
export async function connect(config: Neo4jConfig): Promise<Driver> {
  const driver = await openDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    return driver;
  } catch (err) {
    await driver.close();
    throw new Neo4jConnectError(describeNeo4jError(err, config));
  }
}

export function describeNeo4jError(err: unknown, config: Neo4jConfig): string {
  const code = (err as { code?: string }).code ?? "";
  const message = err instanceof Error ? err.message : String(err);
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return `Neo4j at ${config.uri} refused user "${config.user}" (check NEO4J_USER / NEO4J_PASSWORD): ${message}`;
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return `cannot reach Neo4j at ${config.uri} (is it running? npm run neo4j:start, or set NEO4J_URI): ${message}`;
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return `Neo4j at ${config.uri} has no database "${config.database}" (set NEO4J_DATABASE): ${message}`;
  }
  return `Neo4j at ${config.uri}${code ? ` (${code})` : ""}: ${message}`;
}
