import { readFileSync } from "node:fs";
import { validateArticle } from "@news/schema";
import { describe, expect, it } from "vitest";
import { ParseError } from "./errors.js";
import { parseArticle, safeParseArticle } from "./pipeline.js";
import { seedPath } from "./testing/shared.js";

describe("parseArticle on the seed", () => {
  const bytes = readFileSync(seedPath);
  const article = parseArticle(bytes, { path: "seeds/000_3e38a193c9175502.txt" });

  it("takes the title exactly as the first line", () => {
    const firstLine = bytes.toString("utf8").split("\n")[0]?.trim();
    expect(article.title).toBe(firstLine);
  });

  it("reads the dateline place", () => {
    expect(article.dateline?.place).toBe("New Delhi");
    expect(article.dateline?.raw).toBe("NEW DELHI:");
    expect(article.blocks[0]?.text.startsWith("As negotiators")).toBe(true);
  });

  it("finds 10 paragraphs and 1 related block", () => {
    const paragraphs = article.blocks.filter((block) => block.type === "paragraph");
    const related = article.blocks.filter((block) => block.type === "related");
    expect(paragraphs).toHaveLength(10);
    expect(related).toHaveLength(1);
    expect(related[0]?.text).toBe(
      "PM Modi Holds Talks with Trump, Stresses Boosting Trade Amid Rising Tariff Tensions",
    );
    expect(related[0]?.label).toBe("ALSO READ");
  });

  it("records source lines and metadata", () => {
    expect(article.blocks[0]?.line).toBe(3);
    expect(article.source.bytes).toBe(bytes.length);
    expect(article.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(article.slug.length).toBeLessThanOrEqual(80);
    expect(article.language).toBe("en");
    expect(article.summary.length).toBeGreaterThan(0);
    expect(article.summary.length).toBeLessThanOrEqual(300);
  });

  it("returns a valid article", () => {
    const result = validateArticle(article);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(parseArticle(bytes, { path: "seeds/000_3e38a193c9175502.txt" }))).toBe(
      JSON.stringify(article),
    );
  });
});

describe("input that cannot be an article", () => {
  it.each([
    ["empty", ""],
    ["empty", " \n\t\n  "],
    ["binary", "abc\u0000def"],
  ])("refuses with code %s", (code, input) => {
    expect(() => parseArticle(input)).toThrow(ParseError);
    const result = safeParseArticle(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it("refuses input larger than maxBytes", () => {
    const result = safeParseArticle("Title\n\nBody text here.", { maxBytes: 10 });
    expect(result.ok ? "ok" : result.error.code).toBe("too-large");
  });

  it("refuses binary bytes", () => {
    const result = safeParseArticle(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0x00]),
    );
    expect(result.ok ? "ok" : result.error.code).toBe("binary");
  });
});
