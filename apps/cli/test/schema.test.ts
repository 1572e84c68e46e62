import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const require = createRequire(import.meta.url);

describe("news schema", () => {
  it("prints the JSON Schema that @news/schema ships", () => {
    const run = runCli(["schema"]);
    expect(run.code, run.stderr).toBe(0);
    const shipped = JSON.parse(
      readFileSync(require.resolve("@news/schema/article.schema.json"), "utf8"),
    );
    expect(JSON.parse(run.stdout)).toEqual(shipped);
    expect(shipped.$schema).toMatch(/2020-12/);
  });
});
