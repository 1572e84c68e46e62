import { validateArticle } from "@news/schema";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { articleStream } from "./formats.js";
import { articleToMarkdown } from "./markdown.js";
import { sampleArticle } from "./sample-article.test-helper.js";
import { articleToText } from "./text.js";

const plain = createColors(false);
const coloured = createColors(true);

describe("article renderers", () => {
  it("uses a valid sample", () => {
    const result = validateArticle(sampleArticle());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("renders Markdown with escaped title, meta line, blocks, quotes with speakers and entities", () => {
    const markdown = articleToMarkdown(sampleArticle());
    expect(markdown).toMatch(/^# Bridge \\\*Reopens\\\* in May\n/);
    expect(markdown).toContain(
      "**PORTVILLE · By Sam Lee · 2025-03-03 · local · 12 words, 1 min read**",
    );
    expect(markdown).toContain("### What changes");
    expect(markdown).toContain("> **ALSO READ:** [Earlier coverage](https://example.com/a)");
    expect(markdown).toContain("## Quotes\n\n> “The bridge reopens in May.”\n> — Elena Ruiz");
    expect(markdown).not.toContain("“PORTVILLE”");
    expect(markdown).toContain("- **People:** Elena Ruiz\n- **Places:** Portville");
  });

  it("renders text without escape codes unless colours are on", () => {
    const text = articleToText(sampleArticle(), { colors: plain });
    expect(text).toMatch(/^Bridge \*Reopens\* in May\n=+\n/);
    expect(text).toContain("Quotes (1)\n  “The bridge reopens in May.”\n      — Elena Ruiz");
    expect(text).toContain("  People: Elena Ruiz");
    expect(text).not.toContain("\u001b[");
    expect(articleToText(sampleArticle(), { colors: coloured })).toContain("\u001b[");
  });

  it("wraps text at word boundaries when given a width", () => {
    const text = articleToText(sampleArticle(), { colors: plain, width: 24 });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(24);
    expect(text).toContain("PORTVILLE - Mayor Elena\nRuiz said:");
  });

  it("streams many articles as NDJSON, or as a JSON array with json", () => {
    const options = { colors: plain, siteUrl: "https://news.example.com" };
    const article = sampleArticle();
    const ndjson = articleStream("ndjson", "many", options);
    const lines = `${ndjson.start}${ndjson.article(article, 0)}${ndjson.article(article, 1)}${ndjson.end}`;
    expect(
      lines
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).id),
    ).toEqual([article.id, article.id]);
    const json = articleStream("json", "many", options);
    const array = `${json.start}${json.article(article, 0)}${json.article(article, 1)}${json.end}`;
    expect(JSON.parse(array)).toHaveLength(2);
    const empty = `${json.start}${json.end}`;
    expect(JSON.parse(empty)).toEqual([]);
    const single = articleStream("json", "single", options);
    expect(single.article(article, 0)).toContain('\n  "schemaVersion": 1,');
  });
});
