import { defineConfig } from "vitest/config";
import LongFirst from "./tests/setup/sequencer.ts";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Timeouts only end a hung test; no test measures time (speed is `npm run bench`).
    // Generous: on a 2-core machine shared with builds and benchmarks (load average 30) a step
    // that takes 10 s idle took over 5 minutes (neo4j-admin's import in tests/neo4j).
    testTimeout: 900_000,
    hookTimeout: 900_000,
    // Builds viewer/dist once, before any worker could race to build it (serve and browser tests).
    globalSetup: ["tests/setup/viewer-build.ts", "tests/setup/chromium.ts"],
    // HKG_TEST_CPU=file records each file's CPU time there (off otherwise)
    setupFiles: ["tests/setup/cpu.ts"],
    // The slow files mostly wait on other processes (Chromium, Neo4j), so run more files at once
    // than there are cores; vitest's default (cores - 1) is one file at a time on a 2-core machine.
    maxWorkers: 4,
    // A worker imports the pipeline's modules once, not once per file; no test changes global state
    // (tests/helpers/cli.ts restores the streams, process.exit, the environment and the directory it borrows).
    isolate: false,
    // the long files start first (tests/setup/sequencer.ts)
    sequence: { sequencer: LongFirst },
    // A line per test as it finishes, file by file, so a long run never looks hung.
    reporters: ["verbose"],
  },
});
