import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Builds viewer/dist once, before any worker could race to build it (serve and browser tests).
    globalSetup: ["tests/setup/viewer-build.ts"],
  },
});
