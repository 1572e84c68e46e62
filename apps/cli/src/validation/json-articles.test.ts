import { describe, expect, it } from "vitest";
import { sampleArticle } from "../render/sample-article.test-helper.js";
import { checkJsonArticles, checkNdjsonArticles } from "./json-articles.js";

const valid = sampleArticle();

describe("checking JSON articles", () => {
  it("accepts a valid article and an array of them", () => {
    expect(checkJsonArticles(JSON.stringify(valid, null, 2))).toEqual({
      problems: [],
      articles: 1,
    });
    expect(checkJsonArticles(JSON.stringify([valid, valid]))).toEqual({
      problems: [],
      articles: 2,
    });
  });

  it("locates each schema problem on the line of its field", () => {
    const text = JSON.stringify({ ...valid, slug: "Not A Slug", wordCount: -1 }, null, 2);
    const lines = text.split("\n");
    const lineOf = (key: string) => lines.findIndex((line) => line.startsWith(`  "${key}"`)) + 1;
    const { problems } = checkJsonArticles(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "slug", line: lineOf("slug"), code: "schema" }),
        expect.objectContaining({ field: "wordCount", line: lineOf("wordCount"), code: "schema" }),
      ]),
    );
  });

  it("prefixes fields with the index of the article in an array", () => {
    const { title: _dropped, ...untitled } = valid;
    const { problems } = checkJsonArticles(JSON.stringify([valid, untitled], null, 2));
    expect(problems.map((problem) => problem.field)).toEqual(["[1].title"]);
  });

  it("reports a syntax error once, with its line", () => {
    expect(checkJsonArticles('{\n  "a": 1,\n  "b": \n}')).toEqual({
      problems: [{ line: 4, code: "json", message: "invalid JSON: ValueExpected" }],
      articles: 0,
    });
    expect(checkJsonArticles("").problems).toHaveLength(1);
  });

  it("checks NDJSON line by line, skipping blank lines", () => {
    const text = `${JSON.stringify(valid)}\n\n${JSON.stringify({ ...valid, language: "" })}\n`;
    const { problems, articles } = checkNdjsonArticles(text);
    expect(articles).toBe(2);
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: "language" })]);
  });
});
