import { describe, expect, it } from "vitest";
import type { Article } from "./article.js";
import { articleWith, seedArticle, spanOf } from "./testing/article-fixture.js";
import { ArticleValidationError, assertArticle, validateArticle } from "./validate.js";

function errorsOf(value: unknown) {
  const result = validateArticle(value);
  if (result.ok) throw new Error("expected the article to be invalid");
  return result.errors;
}

function withChange(change: (article: Article) => void): Article {
  const article = seedArticle();
  change(article);
  return article;
}

describe("validateArticle", () => {
  it("accepts the seed article and returns it unchanged", () => {
    const article = seedArticle();
    const result = validateArticle(article);
    expect(result).toEqual({ ok: true, article });
  });

  it("the seed fixture really covers quotes, entities and figures", () => {
    const article = seedArticle();
    expect(article.quotes.length).toBeGreaterThanOrEqual(4);
    expect(article.figures.map((figure) => figure.text)).toEqual(["50%", "25%", "25%"]);
    const modi = article.entities.find((entity) => entity.id === "person:narendra-modi");
    expect(modi?.mentions.length).toBeGreaterThan(5);
  });

  it("reports a wrong type with a readable path", () => {
    const article: Record<string, unknown> = { ...seedArticle() };
    article.blocks = [
      { type: "paragraph", text: "a" },
      { type: "paragraph", text: "b" },
      { type: "paragraph", text: 3 },
    ];
    expect(errorsOf(article)).toEqual([
      { path: "blocks[2].text", message: "expected string, received number" },
    ]);
  });

  it("says which fields are missing", () => {
    const { title: _title, ...article } = seedArticle();
    expect(errorsOf(article)).toEqual([
      { path: "title", message: "is required (expected string)" },
    ]);
  });

  it("rejects what is not an object", () => {
    expect(errorsOf(null)).toEqual([
      { path: "article", message: "expected object, received null" },
    ]);
    expect(errorsOf("article")[0]?.path).toBe("article");
  });

  it("names nested paths such as quotes[0].start", () => {
    const article = withChange((a) => {
      Object.assign(a.quotes[0] ?? {}, { start: -1 });
    });
    const [error] = errorsOf(article);
    expect(error?.path).toBe("quotes[0].start");
    expect(error?.message).toMatch(/>=0/);
  });

  it("reports a quote whose slice is not its text", () => {
    const blocks = [{ type: "paragraph" as const, text: "He said abc today." }];
    const article = articleWith(blocks, {
      quotes: [{ ...spanOf(blocks, 0, "abc"), text: "abd", kind: "term" }],
    });
    expect(errorsOf(article)).toEqual([
      { path: "quotes[0]", message: "slice 'abc' does not equal text 'abd'" },
    ]);
  });

  it("cuts long mismatches to the place where they differ", () => {
    const article = withChange((a) => {
      const quote = a.quotes[1];
      if (quote) quote.text = quote.text.replace("regional", "regionally");
    });
    const [error] = errorsOf(article);
    expect(error?.path).toBe("quotes[1]");
    expect(error?.message).toContain("discussed regional and");
    expect(error?.message).toContain("discussed regionally and");
    expect(error?.message).toMatch(/differ at offset \d+/);
    expect(error?.message.length).toBeLessThan(220);
  });

  it("reports offsets outside the blocks", () => {
    const blockCount = seedArticle().blocks.length;
    expect(
      errorsOf(
        withChange((a) => {
          Object.assign(a.quotes[0] ?? {}, { blockIndex: blockCount });
        }),
      ),
    ).toEqual([
      {
        path: "quotes[0].blockIndex",
        message: `${blockCount} is out of range: the article has ${blockCount} blocks`,
      },
    ]);
    const tooFar = withChange((a) => {
      Object.assign(a.figures[0] ?? {}, { end: 10_000 });
    });
    expect(errorsOf(tooFar)).toEqual([
      {
        path: "figures[0].end",
        message: `10000 is past the end of blocks[5].text (length ${tooFar.blocks[5]?.text.length})`,
      },
    ]);
    const reversed = withChange((a) => {
      Object.assign(a.figures[0] ?? {}, { start: 20, end: 10 });
    });
    expect(errorsOf(reversed)).toEqual([
      { path: "figures[0]", message: "start 20 is after end 10" },
    ]);
  });

  it("requires entity mentions to be the name or an alias", () => {
    const article = withChange((a) => {
      const trump = a.entities[1];
      if (trump) trump.aliases = [];
    });
    const errors = errorsOf(article);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toEqual({
      path: "entities[1].mentions[1]",
      message: "slice 'Trump' is neither the name nor an alias of the entity ('Donald Trump')",
    });
  });

  it("rejects duplicate entity ids and dangling speaker ids", () => {
    const article = withChange((a) => {
      const [first, second] = a.entities;
      if (first && second) second.id = first.id;
    });
    const errors = errorsOf(article);
    expect(errors).toContainEqual({
      path: "entities[1].id",
      message: "duplicate id 'person:narendra-modi', already used by entities[0]",
    });
    const dangling = withChange((a) => {
      Object.assign(a.quotes[1] ?? {}, { speakerEntityId: "person:nobody" });
    });
    expect(errorsOf(dangling)).toEqual([
      { path: "quotes[1].speakerEntityId", message: "no entity has the id 'person:nobody'" },
    ]);
  });

  it("reports a figure whose slice is not its text", () => {
    const article = withChange((a) => {
      Object.assign(a.figures[0] ?? {}, { text: "50 percent" });
    });
    expect(errorsOf(article)).toEqual([
      { path: "figures[0]", message: "slice '50%' does not equal text '50 percent'" },
    ]);
  });

  it("rejects negative counts and dates that do not exist", () => {
    const article = withChange((a) => {
      a.wordCount = -1;
      a.readingTimeMinutes = -2;
    });
    expect(errorsOf(article).map((error) => error.path)).toEqual([
      "wordCount",
      "readingTimeMinutes",
    ]);
    expect(
      errorsOf(
        withChange((a) => {
          a.publishedAt = "2025-02-30";
        }),
      ),
    ).toEqual([{ path: "publishedAt", message: "'2025-02-30' is not a real date and time" }]);
    expect(
      errorsOf(
        withChange((a) => {
          a.updatedAt = "11 Dec 2025";
        }),
      )[0]?.path,
    ).toBe("updatedAt");
  });

  it("counts offsets in UTF-16 code units", () => {
    const blocks = [{ type: "paragraph" as const, text: "👍🏽 Modi waved." }];
    const mention = { blockIndex: 0, start: 5, end: 9 };
    expect(blocks[0]?.text.slice(mention.start, mention.end)).toBe("Modi");
    const entity = {
      id: "person:modi",
      type: "person" as const,
      name: "Narendra Modi",
      aliases: ["Modi"],
    };
    expect(
      validateArticle(articleWith(blocks, { entities: [{ ...entity, mentions: [mention] }] })).ok,
    ).toBe(true);
    const codePoints = { blockIndex: 0, start: 3, end: 7 };
    expect(
      errorsOf(articleWith(blocks, { entities: [{ ...entity, mentions: [codePoints] }] }))[0]?.path,
    ).toBe("entities[0].mentions[0]");
  });

  it("joins the blocks of a quote that spans paragraphs with a blank line", () => {
    const blocks = [
      { type: "paragraph" as const, text: "She said: “We will go on." },
      { type: "paragraph" as const, text: "“Nothing stops us." },
      { type: "paragraph" as const, text: "“We will win,” she added." },
    ];
    const quote = {
      blockIndex: 0,
      start: 11,
      endBlockIndex: 2,
      end: 12,
      // Taken verbatim, so the marks that reopen each continued paragraph are part of the text.
      text: "We will go on.\n\n“Nothing stops us.\n\n“We will win",
      kind: "statement" as const,
    };
    expect(validateArticle(articleWith(blocks, { quotes: [quote] })).ok).toBe(true);
    expect(
      errorsOf(
        articleWith(blocks, {
          quotes: [{ ...quote, text: "We will go on. Nothing stops us. We will win" }],
        }),
      )[0]?.message,
    ).toMatch(/^slice 'We will go on\.\\n\\n“Nothing/);
    expect(errorsOf(articleWith(blocks, { quotes: [{ ...quote, endBlockIndex: 3 }] }))).toEqual([
      { path: "quotes[0].endBlockIndex", message: "3 is out of range: the article has 3 blocks" },
    ]);
    expect(
      errorsOf(articleWith(blocks, { quotes: [{ ...quote, blockIndex: 1, endBlockIndex: 0 }] })),
    ).toEqual([{ path: "quotes[0].endBlockIndex", message: "0 is before blockIndex 1" }]);
  });
});

describe("assertArticle", () => {
  it("returns a valid article", () => {
    const article = seedArticle();
    expect(assertArticle(article)).toEqual(article);
  });

  it("throws an ArticleValidationError listing every problem", () => {
    const article = withChange((a) => {
      a.slug = "Not A Slug";
      Object.assign(a.figures[0] ?? {}, { text: "51%" });
    });
    let thrown: unknown;
    try {
      assertArticle(article);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleValidationError);
    const error = thrown as ArticleValidationError;
    expect(error.name).toBe("ArticleValidationError");
    expect(error.errors).toEqual([
      { path: "slug", message: "expected lowercase ASCII words joined by hyphens" },
    ]);
    expect(error.message).toBe(
      "Invalid article (1 problem):\nslug: expected lowercase ASCII words joined by hyphens",
    );
  });
});
