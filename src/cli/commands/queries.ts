import { defineCommand } from "citty";
import { printLibrary } from "./query.ts";

export default defineCommand({
  meta: { name: "queries", description: "List the analyst query library (same as hkg query --list)" },
  run: () => printLibrary(),
});
