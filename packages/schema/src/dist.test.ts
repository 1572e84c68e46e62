import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedArticle } from "./testing/article-fixture.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const built = existsSync(new URL("../dist/index.cjs", import.meta.url));

type PublicApi = typeof import("./index.js");

/** What a consumer does first: validate, convert, and read a readable error. */
function exercise(api: PublicApi) {
  const result = api.validateArticle(seedArticle());
  const broken = api.validateArticle({ ...seedArticle(), blocks: "none" });
  return {
    valid: result.ok,
    shape: api.Article.safeParse(seedArticle()).success,
    ninjsType: api.toNinjs(seedArticle()).type,
    jsonLdType: api.toJsonLd(seedArticle(), { siteUrl: "https://news.example" })["@type"],
    brokenErrors: broken.ok ? [] : broken.errors,
    throws: (() => {
      try {
        api.assertArticle({});
        return "nothing";
      } catch (error) {
        return error instanceof api.ArticleValidationError ? "ArticleValidationError" : "other";
      }
    })(),
  };
}

const expected = {
  valid: true,
  shape: true,
  ninjsType: "text",
  jsonLdType: "NewsArticle",
  brokenErrors: [{ path: "blocks", message: "expected array, received string" }],
  throws: "ArticleValidationError",
};

describe.runIf(built)("the built package", () => {
  it("loads through require (CJS)", () => {
    const require = createRequire(import.meta.url);
    const api = require("@news/schema") as PublicApi;
    expect(require.resolve("@news/schema")).toMatch(/dist[\\/]index\.cjs$/);
    expect(exercise(api)).toEqual(expected);
    expect(require("@news/schema/article.schema.json")).toHaveProperty("title", "Article");
  });

  it("loads through import() (ESM)", async () => {
    const api = (await import("@news/schema")) as PublicApi;
    expect(exercise(api)).toEqual(expected);
  });

  it("loads in plain Node through both module systems", () => {
    const script = (load: string) =>
      `${load}.then((api) => { const r = api.validateArticle({}); console.log(typeof api.toNinjs, typeof api.toJsonLd, r.ok, r.errors[0].path); })`;
    const run = (args: string[]) =>
      execFileSync(process.execPath, args, { cwd: packageDir, encoding: "utf8" }).trim();
    expect(run(["--input-type=module", "-e", script('import("@news/schema")')])).toBe(
      "function function false schemaVersion",
    );
    expect(
      run(["--input-type=commonjs", "-e", script('Promise.resolve(require("@news/schema"))')]),
    ).toBe("function function false schemaVersion");
  });
});

describe.skipIf(built)("the built package (missing)", () => {
  it("needs `pnpm --filter @news/schema build` first", () => {
    expect.fail("dist/ is missing: run `pnpm --filter @news/schema build` before the tests");
  });
});
