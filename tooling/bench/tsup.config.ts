import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/run.ts", "src/memory-child.ts", "src/throughput-child.ts"],
  format: ["esm"],
  clean: true,
  target: "node20",
});
