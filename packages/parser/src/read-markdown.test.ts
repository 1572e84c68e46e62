import { describe, expect, it } from "vitest";
import { toIsoDate } from "./dates.js";
import { ParseError } from "./errors.js";
import { parseArticle } from "./pipeline.js";
import { readMarkdown } from "./read-markdown.js";

const ARTICLE = `---
title: Front-matter title wins
subtitle: A clearly marked subtitle
date: December 11, 2025
authors:
  - Jane Doe
  - name: John Roe
section: World
tags: [trade, diplomacy]
summary: The stated summary.
url: https://news.example/trade
language: en
---

# Heading title

*An italic standfirst*

NEW DELHI: The **first** paragraph has a [link](https://example.com/a) and \`code\` &amp; more.
It continues on a second line.

## A subheading

> A quoted passage.

- first item
- second item

Also read: [Trade talks stall](https://news.example/stall)
`;

describe("readMarkdown", () => {
  it("reads front matter, the title and blocks with their lines", () => {
    const draft = readMarkdown(ARTICLE);
    expect(draft.title).toEqual({ text: "Heading title", line: 15 });
    expect(draft.subtitle).toBe("An italic standfirst");
    expect(draft.meta).toMatchObject({
      title: "Front-matter title wins",
      publishedAt: "2025-12-11",
      authors: ["Jane Doe", "John Roe"],
      tags: ["trade", "diplomacy"],
      language: "en",
    });
    expect(draft.blocks.map((block) => [block.kind, block.line, block.text])).toEqual([
      [
        "prose",
        19,
        "NEW DELHI: The first paragraph has a link and code & more. It continues on a second line.",
      ],
      ["heading", 22, "A subheading"],
      ["quote", 24, "A quoted passage."],
      ["list-item", 26, "first item"],
      ["list-item", 27, "second item"],
      ["prose", 29, "Also read: Trade talks stall"],
    ]);
  });

  it("builds an article where front matter wins over inferred values", () => {
    const article = parseArticle(ARTICLE, { path: "trade.md" });
    expect(article.source.format).toBe("markdown");
    expect(article.title).toBe("Front-matter title wins");
    expect(article.subtitle).toBe("A clearly marked subtitle");
    expect(article.summary).toBe("The stated summary.");
    expect(article.publishedAt).toBe("2025-12-11");
    expect(article.section).toBe("World");
    expect(article.byline?.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(article.keywords.slice(0, 2)).toEqual(["trade", "diplomacy"]);
    expect(article.source.url).toBe("https://news.example/trade");
    expect(article.dateline?.place).toBe("New Delhi");
    expect(article.blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "heading",
      "quote",
      "list-item",
      "list-item",
      "related",
    ]);
    expect(article.blocks.at(-1)).toMatchObject({
      type: "related",
      label: "Also read",
      text: "Trade talks stall",
      url: "https://news.example/stall",
    });
    expect(article.blocks[1]).toMatchObject({ level: 2 });
  });

  it("takes a leading # heading as the title when there is no front matter", () => {
    const article = parseArticle("# The title\n\nA paragraph of text.\n");
    expect(article.source.format).toBe("markdown");
    expect(article.title).toBe("The title");
    expect(article.subtitle).toBeUndefined();
    expect(article.blocks).toEqual([{ type: "paragraph", text: "A paragraph of text.", line: 3 }]);
  });

  it("normalises front-matter dates to ISO 8601", () => {
    const article = parseArticle("---\ntitle: T\ndate: 2025-12-11 09:30\n---\nText here.\n");
    expect(article.publishedAt).toBe("2025-12-11T09:30:00.000Z");
  });

  it("warns about a date it cannot read", () => {
    const article = parseArticle("---\ntitle: T\ndate: someday\n---\nText here.\n");
    expect(article.publishedAt).toBeUndefined();
    expect(article.warnings.map((warning) => warning.code)).toContain("invalid-date");
  });

  it("refuses invalid YAML with a front-matter error and its line", () => {
    const input = "---\ntitle: ok\nauthors: [unclosed\n---\nText.\n";
    expect(() => parseArticle(input)).toThrow(ParseError);
    try {
      parseArticle(input, { path: "bad.md" });
    } catch (error) {
      expect(error).toMatchObject({ code: "front-matter", path: "bad.md" });
      expect((error as ParseError).line).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("Markdown too deeply nested for the lexer", () => {
  const markers = "* ".repeat(2500);
  const input = `---\ntitle: Front title\n---\n# Heading\n\nFirst paragraph.\n${markers}x\n`;

  it("is read as plain text with a warning, keeping front matter and source lines", () => {
    const draft = readMarkdown(input);
    expect(draft.meta.title).toBe("Front title");
    expect(draft.warnings).toContainEqual({
      code: "markdown-fallback",
      message: expect.stringMatching(/read as plain text$/),
    });
    const paragraph = draft.blocks.find((block) => block.text === "First paragraph.");
    expect(paragraph?.line).toBe(6);
  });

  it("still gives an article", () => {
    const article = parseArticle(input);
    expect(article.title).toBe("Front title");
    expect(article.warnings.map((warning) => warning.code)).toContain("markdown-fallback");
  });
});

describe("Markdown edge cases", () => {
  it("ignores an empty link target", () => {
    const article = parseArticle("# T\n\nRelated: [Other story]()\n");
    expect(article.blocks[0]).toEqual({
      type: "related",
      text: "Other story",
      label: "Related",
      line: 3,
    });
  });

  it("drops a date out of the ISO 8601 range", () => {
    expect(toIsoDate(new Date(Date.UTC(10000, 0, 1)))).toBeUndefined();
    expect(toIsoDate(new Date(Date.UTC(2025, 11, 11, 9, 30)))).toBe("2025-12-11T09:30:00.000Z");
    expect(toIsoDate("2025-02-30")).toBeUndefined();
  });
});

describe("Markdown title placement", () => {
  it("takes the first # heading as the title even after an image", () => {
    const article = parseArticle("![photo](a.jpg)\n\n# The title\n\nText of the story.\n", {
      format: "markdown",
    });
    expect(article.title).toBe("The title");
    expect(article.warnings).toEqual([]);
  });
});

describe("front-matter authors", () => {
  it.each([
    ["author: Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["author: Jane Doe", ["Jane Doe"]],
    ["author:\n  name: Jane Doe", ["Jane Doe"]],
    ["authors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]],
  ])("reads %j", (yaml, authors) => {
    const article = parseArticle(`---\ntitle: T\n${yaml}\n---\nText.\n`);
    expect(article.byline?.authors).toEqual(authors);
  });
});

describe("Markdown link lists", () => {
  it("reads the list under a Related: lead-in as cross-links", () => {
    const input =
      "# T\n\nText of the story.\n\nRelated:\n\n- [First story](https://x.test/1)\n- [Second story](https://x.test/2)\n\nMore text.\n\n- An ordinary item\n";
    const article = parseArticle(input);
    expect(article.blocks.map((block) => [block.type, block.text, block.url, block.label])).toEqual(
      [
        ["paragraph", "Text of the story.", undefined, undefined],
        ["related", "First story", "https://x.test/1", "Related"],
        ["related", "Second story", "https://x.test/2", "Related"],
        ["paragraph", "More text.", undefined, undefined],
        ["list-item", "An ordinary item", undefined, undefined],
      ],
    );
  });
});
