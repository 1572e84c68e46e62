import { defineConfig } from "vitest/config";

/** The slow packaging test: `pnpm test:pack` (also run in CI). */
export default defineConfig({
  test: {
    include: ["test/**/*.pack.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 150_000,
  },
});
