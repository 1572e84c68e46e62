import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/run.ts", "src/memory-child.ts"],
  format: ["esm"],
  clean: true,
  target: "node20",
});
