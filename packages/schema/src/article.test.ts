import { describe, expect, it } from "vitest";
import { Article, IsoDate } from "./article.js";
import { seedArticle } from "./testing/article-fixture.js";

/** Paths of values that JSON cannot carry unchanged: Dates, Maps, class instances, undefined. */
function nonJsonValues(value: unknown, path = "article"): string[] {
  if (value === null || ["string", "boolean"].includes(typeof value)) return [];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => nonJsonValues(item, `${path}[${index}]`));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => nonJsonValues(item, `${path}.${key}`));
  }
  return [path];
}

describe("Article", () => {
  it("parses the seed article to plain JSON data", () => {
    const parsed = Article.parse(seedArticle());
    expect(nonJsonValues(parsed)).toEqual([]);
  });

  it("round-trips through JSON.stringify and JSON.parse unchanged", () => {
    const parsed = Article.parse(seedArticle());
    const roundTripped: unknown = JSON.parse(JSON.stringify(parsed));
    expect(roundTripped).toStrictEqual(parsed);
    expect(Article.parse(roundTripped)).toStrictEqual(parsed);
  });

  it("would notice a value JSON cannot carry", () => {
    expect(nonJsonValues({ at: new Date(0), tags: new Map(), gone: undefined })).toEqual([
      "article.at",
      "article.tags",
      "article.gone",
    ]);
  });

  it("drops unknown fields, so readers of version 1 accept later additions", () => {
    const withExtra = { ...seedArticle(), addedInAFutureMinor: true };
    expect(Article.parse(withExtra)).not.toHaveProperty("addedInAFutureMinor");
  });

  it("accepts ISO 8601 dates and rejects other date forms", () => {
    for (const date of ["2025-12-11", "2025-12-11T09:30Z", "2025-12-11T09:30:00.123+05:30"]) {
      expect(IsoDate.safeParse(date).success, date).toBe(true);
    }
    for (const date of ["11 Dec 2025", "2025-12-11T09:30", "1733909400000", ""]) {
      expect(IsoDate.safeParse(date).success, date).toBe(false);
    }
  });
});
