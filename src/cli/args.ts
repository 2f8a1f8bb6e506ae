import { defineCittyPlugin, type ArgsDef, type CommandDef } from "citty";
import { closest } from "fastest-levenshtein";
import { CliError, EXIT } from "./errors.ts";

interface Option {
  name: string;
  takesValue: boolean;
  hint: string;
}

/**
 * citty reads an unknown flag as a positional or ignores it, and an option without its value as
 * an empty string; both led to runs that did something else than asked (`--outdir x` read `x` as
 * an input). This check refuses them, with the closest valid flag named, before the command runs.
 */
export function checkArgs(rawArgs: readonly string[], args: ArgsDef, command: string): void {
  const long = new Map<string, Option>();
  const short = new Map<string, Option>();
  let positionals = false;
  for (const [name, def] of Object.entries(args)) {
    if (def.type === "positional") {
      positionals = true;
      continue;
    }
    const option: Option = { name, takesValue: def.type !== "boolean", hint: ("valueHint" in def && def.valueHint) || "VALUE" };
    long.set(name, option);
    if (!option.takesValue) long.set(`no-${name}`, option);
    for (const alias of ["alias" in def && def.alias ? def.alias : []].flat()) (alias.length === 1 ? short : long).set(alias, option);
  }
  long.set("help", { name: "help", takesValue: false, hint: "" });
  short.set("h", { name: "help", takesValue: false, hint: "" });

  const help = `(hkg ${command} --help lists them)`;
  const unknown = (flag: string): never => {
    const names = [...long.keys()].filter((n) => !n.startsWith("no-"));
    throw new CliError(`unknown option ${flag} for hkg ${command}; did you mean --${closest(flag.replace(/^-+/, ""), names)}? ${help}`, EXIT.usage);
  };
  const needsValue = (flag: string, option: Option): never => {
    throw new CliError(`option ${flag} needs a value (${flag} ${option.hint})`, EXIT.usage);
  };
  // a value may itself start with "-" only when it is a number (--port -1 is then refused by the command)
  const isValue = (s: string | undefined) => s !== undefined && (!s.startsWith("-") || /^-\d/.test(s));

  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === "--") break;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const flag = eq < 0 ? arg : arg.slice(0, eq);
      const option = long.get(flag.slice(2));
      if (!option) unknown(flag);
      if (!option!.takesValue) continue;
      if (eq >= 0) {
        if (arg.slice(eq + 1) === "") needsValue(flag, option!);
        continue;
      }
      if (!isValue(rawArgs[i + 1])) needsValue(flag, option!);
      i++;
    } else if (arg.startsWith("-") && arg.length > 1 && !/^-\d/.test(arg)) {
      // -q, -o DIR, -qo DIR: every letter but the last must be a switch
      const letters = arg.slice(1);
      for (const [j, letter] of [...letters].entries()) {
        const option = short.get(letter);
        if (!option) unknown(`-${letter}`);
        if (!option!.takesValue) continue;
        if (j < letters.length - 1) throw new CliError(`option -${letter} needs a value and must come last in ${arg}`, EXIT.usage);
        if (!isValue(rawArgs[i + 1])) needsValue(`-${letter}`, option!);
        i++;
      }
    } else if (!positionals) {
      throw new CliError(`hkg ${command} takes no argument "${arg}" ${help.replace("them", "what it takes")}`, EXIT.usage);
    }
  }
}

/** The check above as a citty plugin, so it runs however the command is started (hkg, runCommand). */
export const strictArgs = defineCittyPlugin({
  name: "strict-args",
  async setup({ rawArgs, cmd }) {
    const def = cmd as CommandDef;
    const meta = typeof def.meta === "function" ? await def.meta() : await def.meta;
    const args = typeof def.args === "function" ? await def.args() : await def.args;
    checkArgs(rawArgs, args ?? {}, meta?.name ?? "");
  },
});
