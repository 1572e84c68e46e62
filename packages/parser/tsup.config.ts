import { defineConfig, type Options } from "tsup";

const shared: Options = {
  entry: ["src/index.ts"],
  dts: true,
  target: "node20",
  sourcemap: true,
};

export default defineConfig([
  // The CommonJS build below writes next to this one, so cleaning keeps its files.
  { ...shared, format: ["esm"], clean: ["!**/*.cjs", "!**/*.cjs.map", "!**/*.d.cts"] },
  // eld ships ESM only, with an exports map that require() cannot resolve: inline it here.
  { ...shared, format: ["cjs"], noExternal: ["eld"] },
]);
