import { defineCommand, runCommand, showUsage, type CommandDef } from "citty";
import { printable } from "../util/printable.ts";
import { checkArgs } from "./args.ts";
import { CliError, EXIT } from "./errors.ts";
import { VERSION } from "./version.ts";
import { COMMAND_META } from "./commands/meta.ts";

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
    version: VERSION,
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
      console.log(VERSION);
      return;
    }
    if (!argv[0]!.startsWith("-") && !(argv[0]! in subCommands)) {
      throw new CliError(`unknown command "${argv[0]}"; commands: ${Object.keys(subCommands).join(", ")} (hkg --help)`, EXIT.usage);
    }
    if (argv[0]!.startsWith("-")) throw new CliError(`unknown option ${argv[0]}; hkg takes a command first (hkg --help)`, EXIT.usage);
    // before citty parses anything, so a mistake is named as such rather than as a missing argument
    const command = await subCommands[argv[0]!]!();
    checkArgs(argv.slice(1), (command.args ?? {}) as never, argv[0]!);
    await runCommand(main, { rawArgs: argv });
  } catch (err) {
    if (err instanceof CliError) fail(err.message, err.exitCode);
    // citty's own argument errors (missing required argument, bad enum value)
    if (err instanceof Error && err.name === "CLIError") fail(`${err.message} (see hkg ${argv[0] ?? ""} --help)`, EXIT.usage);
    throw err;
  }
}

function fail(message: string, code: number): never {
  // control characters and terminal escapes in a message (a file's name, a query's text) are shown, not obeyed
  process.stderr.write(`hkg: ${printable(message)}\n`);
  process.exit(code);
}

/** hkg --help as citty prints it, from the commands' names and descriptions alone (nothing loaded). */
const mainForHelp = defineCommand({
  meta: main.meta,
  subCommands: Object.fromEntries(Object.keys(subCommands).map((n) => [n, { meta: COMMAND_META[n as keyof typeof COMMAND_META] }])),
});

async function resolveForHelp(argv: string[]): Promise<[CommandDef, CommandDef?]> {
  const name = argv.find((a) => !a.startsWith("-"));
  const load = name ? subCommands[name] : undefined;
  return load ? [await load(), main as CommandDef] : [mainForHelp as CommandDef];
}
