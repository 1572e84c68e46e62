import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
  sourcemap: true,
  // import.meta.url in the CommonJS build too: the parse workers run the module that starts them.
  shims: true,
  external: ["better-sqlite3", "@news/parser", "@news/schema"],
  // stemmer is ESM only: inlined, so the CommonJS build needs no require() of an ES module.
  noExternal: ["stemmer"],
});
