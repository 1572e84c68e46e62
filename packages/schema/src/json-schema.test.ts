import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { articleJsonSchema } from "./json-schema.js";
import { seedArticle } from "./testing/article-fixture.js";

const committedPath = new URL("../article.schema.json", import.meta.url);
const committed: unknown = JSON.parse(readFileSync(committedPath, "utf8"));

describe("article.schema.json", () => {
  it("is up to date (run `pnpm --filter @news/schema generate` when this fails)", () => {
    expect(committed, "article.schema.json is stale").toEqual(articleJsonSchema());
  });

  it("is a draft 2020-12 schema with named parts", () => {
    const schema = articleJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(["Block", "Quote", "Entity", "Figure", "TextSpan", "IsoDate"]),
    );
  });

  it("accepts the seed article and rejects a broken one", () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(committed as object);
    expect(validate(seedArticle()), JSON.stringify(validate.errors)).toBe(true);

    const { title: _title, ...untitled } = seedArticle();
    expect(validate(untitled)).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ missingProperty: "title" });

    const badQuote = seedArticle();
    Object.assign(badQuote.quotes[0] ?? {}, { kind: "rumour" });
    expect(validate(badQuote)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/quotes/0/kind");
  });
});
