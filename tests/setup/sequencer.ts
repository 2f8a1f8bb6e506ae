// The order files start in. The long files that are one sequence of steps (the Neo4j file, the
// package install, the browser files) start first, so that the short ones fill the workers around
// them and the run does not end waiting on a long file that started last. vitest's own order (the
// last run's durations, when it has them) follows for everything else; a fresh clone has none.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const LONG_FIRST = [
  "tests/neo4j/neo4j-server.test.ts",
  "tests/package/installed.test.ts",
  "tests/viewer/browser-files.test.ts",
  "tests/viewer/browser-drawing.test.ts",
  "tests/viewer/browser-navigation.test.ts",
  "tests/export/clients.test.ts",
];

const rank = (file: TestSpecification) => {
  const i = LONG_FIRST.findIndex((f) => file.moduleId.replaceAll("\\", "/").endsWith(f));
  return i === -1 ? LONG_FIRST.length : i;
};

export default class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    // a stable sort: the named files by their place in the list, the rest in vitest's order
    return rest.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
  }
}
