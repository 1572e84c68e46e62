import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Installing the packed tarball compiles better-sqlite3: run it with `pnpm test:pack`.
    exclude: ["test/**/*.pack.test.ts", "**/node_modules/**"],
    // The end-to-end tests mostly wait on the CLI processes they spawn, so run several files at once.
    maxWorkers: 4,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
