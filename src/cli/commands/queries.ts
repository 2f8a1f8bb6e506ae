import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { COMMAND_META } from "./meta.ts";
import { printLibrary } from "./query.ts";

export default defineCommand({
  plugins: [strictArgs],
  meta: COMMAND_META.queries,
  run: () => printLibrary(),
});
