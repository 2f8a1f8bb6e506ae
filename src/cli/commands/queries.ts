import { defineCommand } from "citty";
import { strictArgs } from "../args.ts";
import { printLibrary } from "./query.ts";

export default defineCommand({
  plugins: [strictArgs],
  meta: { name: "queries", description: "List the analyst query library (same as hkg query --list)" },
  run: () => printLibrary(),
});
