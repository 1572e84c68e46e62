import { defineConfig } from "vitest/config";

// npm compiles better-sqlite3 from source when its cache has no build, which takes minutes here.
const installBudgetMs = 6 * 60 * 1000;

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    hookTimeout: installBudgetMs,
    testTimeout: 60_000,
  },
});
