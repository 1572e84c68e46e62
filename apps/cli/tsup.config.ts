import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * One ESM bundle with the workspace packages and every pure-JS dependency inlined; only the
 * native better-sqlite3 stays a runtime dependency. Commands are imported lazily, so splitting
 * keeps `news --version` from loading the parser, the store or the feed libraries.
 */
export default defineConfig({
  entry: { news: "src/news.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  splitting: true,
  clean: true,
  sourcemap: false,
  minify: false,
  define: { NEWS_CLI_VERSION: JSON.stringify(version) },
  noExternal: [/^(?!better-sqlite3$)/],
  external: ["better-sqlite3"],
  // Resolve packages the way Node does ("main" before "module"): some, such as stopword, ship an
  // ESM "module" whose exports differ from what Node loads.
  esbuildOptions(options) {
    options.mainFields = ["main", "module"];
  },
  banner: {
    // Inlined CommonJS dependencies call require(); ESM has none, so give each chunk one.
    js: "#!/usr/bin/env node\nimport { createRequire as __newsCreateRequire } from 'node:module';\nconst require = __newsCreateRequire(import.meta.url);",
  },
});
