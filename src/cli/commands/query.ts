import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { COMMAND_META } from "./meta.ts";
import {
  bindParams,
  configFromEnv,
  connect,
  describeNeo4jError,
  format,
  FORMATS,
  listLibrary,
  Neo4jConnectError,
  QueryLibraryError,
  resolveQuery,
  runQuery,
  type Format,
} from "../../neo4j/index.ts";
import { CliError, EXIT } from "../errors.ts";

/** --param may repeat; citty keeps only one value of a string flag, so read them from the raw arguments. */
export function paramArgs(rawArgs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const a = rawArgs[i]!;
    if (a === "--param" || a === "-p") out.push(rawArgs[++i] ?? "");
    else if (a.startsWith("--param=")) out.push(a.slice("--param=".length));
  }
  return out;
}

export async function printLibrary(): Promise<void> {
  const library = await listLibrary();
  const width = Math.max(...library.map((q) => q.name.length));
  const lines = library.map((q) => {
    const params = q.params.map((p) => `${p.name}=${String(p.default)}`).join(" ");
    return `${q.name.padEnd(width)}  ${q.title}${params ? `  [${params}]` : ""}\n`;
  });
  process.stdout.write(lines.join(""));
}

export default defineCommand({
  plugins: [strictArgs],
  meta: COMMAND_META.query,
  args: {
    query: { type: "positional", required: false, description: "library query name or path to a .cypher file" },
    param: { type: "string", alias: "p", description: "key=value, repeatable; typed by the query header's default" },
    format: { type: "string", default: "table", description: `output: ${FORMATS.join(", ")}` },
    list: { type: "boolean", default: false, description: "list the library's queries" },
  },
  async run({ args, rawArgs }) {
    if (args.list) return printLibrary();
    if (!args.query) throw new CliError("name a query (hkg query --list shows the library) or a .cypher file", EXIT.usage);
    if (!(FORMATS as readonly string[]).includes(String(args.format))) {
      throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not "${args.format}"`, EXIT.usage);
    }
    const config = configFromEnv();
    try {
      const query = await resolveQuery(String(args.query));
      const params = bindParams(query, paramArgs(rawArgs));
      const driver = await connect(config);
      try {
        const result = await runQuery(driver, config, query, params);
        process.stdout.write(format(result, args.format as Format));
      } catch (err) {
        throw new CliError(`query ${query.name} failed: ${describeNeo4jError(err, config)}`, EXIT.failed);
      } finally {
        await driver.close();
      }
    } catch (err) {
      if (err instanceof QueryLibraryError) throw new CliError(err.message, EXIT.usage);
      if (err instanceof Neo4jConnectError) throw new CliError(err.message, EXIT.neo4j);
      throw err;
    }
  },
});
