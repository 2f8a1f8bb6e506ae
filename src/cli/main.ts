import { defineCommand, runCommand, showUsage, type CommandDef } from "citty";
import { printable } from "../util/printable.ts";
import { CliError } from "./errors.ts";

type Lazy = () => Promise<CommandDef>;
const lazy = (load: () => Promise<{ default: unknown }>): Lazy => () => load().then((m) => m.default as CommandDef);

// Subcommands are declared here as data; each one's file is loaded only when it runs.
export const subCommands: Record<string, Lazy> = {
  build: lazy(() => import("./commands/build.ts")),
  load: lazy(() => import("./commands/load.ts")),
  query: lazy(() => import("./commands/query.ts")),
  queries: lazy(() => import("./commands/queries.ts")),
  eval: lazy(() => import("./commands/eval.ts")),
  serve: lazy(() => import("./commands/serve.ts")),
};

const main = defineCommand({
  meta: {
    name: "hkg",
    version: "0.1.0",
    description: "Build a knowledge graph of the Huaihai Economic Zone from Chinese documents",
  },
  subCommands,
});

export async function run(argv: string[]): Promise<void> {
  try {
    if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
      await showUsage(...(await resolveForHelp(argv)));
      return;
    }
    if (argv[0] === "--version" || argv[0] === "-v") {
      console.log("0.1.0");
      return;
    }
    if (!argv[0]!.startsWith("-") && !(argv[0]! in subCommands)) {
      throw new CliError(`unknown command "${argv[0]}"; commands: ${Object.keys(subCommands).join(", ")} (hkg --help)`, 2);
    }
    await runCommand(main, { rawArgs: argv });
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`hkg: ${printable(err.message)}\n`);
      process.exit(err.exitCode);
    }
    // citty's own argument errors (missing required argument, bad enum value)
    if (err instanceof Error && err.name === "CLIError") {
      process.stderr.write(`hkg: ${printable(err.message)} (see hkg ${argv[0] ?? ""} --help)\n`);
      process.exit(2);
    }
    throw err;
  }
}

async function resolveForHelp(argv: string[]): Promise<[CommandDef, CommandDef?]> {
  const name = argv.find((a) => !a.startsWith("-"));
  const load = name ? subCommands[name] : undefined;
  return load ? [await load(), main as CommandDef] : [main as CommandDef];
}
