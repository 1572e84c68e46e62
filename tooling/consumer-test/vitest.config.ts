import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each check spawns node, npx or tsc in the consumer project; slow when the machine is busy.
    testTimeout: 120_000,
  },
});
