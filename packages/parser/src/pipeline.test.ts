import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { validateArticle } from "@news/schema";
import { describe, expect, it, vi } from "vitest";
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

describe("plain-text layouts", () => {
  it("reads wire copy with a byline, a Reuters dateline and a credit line", () => {
    const text = [
      "India, US agree to resume trade talks",
      "",
      "By Jane Doe and John Roe",
      "",
      "NEW DELHI, Dec 11 (Reuters) - India and the United States agreed on Thursday to resume talks.",
      "",
      "Officials said the next round would take place in January.",
      "",
      "(Reporting by Jane Doe; Editing by Max Poe)",
    ].join("\n");
    const article = parseArticle(text);
    expect(article.title).toBe("India, US agree to resume trade talks");
    expect(article.byline).toEqual({
      raw: "By Jane Doe and John Roe",
      authors: ["Jane Doe", "John Roe"],
    });
    expect(article.dateline).toEqual({
      raw: "NEW DELHI, Dec 11 (Reuters) -",
      place: "New Delhi",
      date: "Dec 11",
      agency: "Reuters",
    });
    expect(article.blocks.map((block) => [block.type, block.line])).toEqual([
      ["paragraph", 5],
      ["paragraph", 7],
      ["credit", 9],
    ]);
    expect(article.blocks[0]?.text).toBe(
      "India and the United States agreed on Thursday to resume talks.",
    );
    expect(article.warnings).toEqual([]);
  });

  it("reads a CNN story: highlights are the summary, the title comes from the first one", () => {
    const text = [
      "WASHINGTON (CNN) -- The Senate passed the bill on Tuesday.",
      "",
      "The vote was 60 to 40. E-mail to a friend",
      "",
      "@highlight",
      "",
      "Senate passes the bill",
      "",
      "@highlight",
      "",
      "Vote was 60 to 40",
    ].join("\n");
    const article = parseArticle(text, { path: "abc.story" });
    expect(article.title).toBe("Senate passes the bill");
    expect(article.summary).toBe("Senate passes the bill. Vote was 60 to 40.");
    expect(article.dateline).toMatchObject({ place: "Washington", agency: "CNN" });
    expect(article.blocks.map((block) => block.text)).toEqual([
      "The Senate passed the bill on Tuesday.",
      "The vote was 60 to 40.",
    ]);
    expect(article.warnings.map((warning) => warning.code)).toEqual(["no-title"]);
  });

  it("warns and derives a title when the text has no headline line", () => {
    const sentence =
      "The central bank raised interest rates on Wednesday for the third time this year, citing inflation.";
    const article = parseArticle(`${sentence} Markets fell.\n${sentence}`);
    expect(article.title).toBe(
      "The central bank raised interest rates on Wednesday for the third time this year, citing inflation",
    );
    expect(article.warnings.map((warning) => warning.code)).toContain("no-title");
    expect(validateArticle(article).ok).toBe(true);
  });

  it("warns about an opening that looks like a dateline it cannot read", () => {
    const article = parseArticle("Title\n\nNEW DELHI, (Dec. 11) — The talks resumed.\n");
    expect(article.warnings).toContainEqual(
      expect.objectContaining({ code: "dateline-not-recognised", line: 3 }),
    );
    expect(article.dateline).toBeUndefined();
  });

  it("gives the same id for the same content in another encoding", () => {
    const text = "Title\r\n\r\nCafé paragraph.\r\n";
    const utf8 = parseArticle(Buffer.from(text, "utf8"));
    const latin1 = parseArticle(Buffer.from(text, "latin1"));
    expect(latin1.id).toBe(utf8.id);
    expect(latin1.source.sha256).not.toBe(utf8.source.sha256);
    expect(latin1.blocks[0]?.text).toBe("Café paragraph.");
  });

  it("reads a dateline on a line of its own above the lede", () => {
    const article = parseArticle(
      "Title\n\nNew Delhi:\nThe talks resumed on Monday.\nBoth sides were upbeat.",
    );
    expect(article.dateline).toEqual({ raw: "New Delhi:", place: "New Delhi" });
    expect(article.blocks.map((block) => block.text)).toEqual([
      "The talks resumed on Monday.",
      "Both sides were upbeat.",
    ]);
  });

  it("derives the id from the normalised text", () => {
    const normalised = "Title\n\nBody text.";
    const expected = createHash("sha256").update(normalised).digest("hex").slice(0, 16);
    expect(parseArticle(normalised).id).toBe(expected);
    expect(parseArticle("Title  \r\n\r\nBody text.").id).toBe(expected);
    expect(parseArticle(Buffer.from(`\ufeff${normalised}`, "utf8")).id).toBe(expected);
  });

  it("uses the section option when the file gives none", () => {
    expect(parseArticle("Title\n\nText.", { section: "sport" }).section).toBe("sport");
  });
});

describe("a failing extraction stage", () => {
  it("keeps the article, without that stage's findings, and warns", async () => {
    vi.resetModules();
    vi.doMock("./figures/index.js", () => ({
      extractFigures: () => {
        throw new Error("boom");
      },
    }));
    const { parseArticle: parseWithBrokenFigures } = await import("./pipeline.js");
    const article = parseWithBrokenFigures("Title\n\nProfits rose 5% to $10m.");
    expect(article.figures).toEqual([]);
    expect(article.warnings).toContainEqual({
      code: "extraction-failed",
      message: "the figures stage failed and was skipped: boom",
    });
    expect(validateArticle(article).ok).toBe(true);
    vi.doUnmock("./figures/index.js");
    vi.resetModules();
  });
});

describe("pathological input stays fast", () => {
  const seconds = (run: () => unknown) => {
    const started = performance.now();
    run();
    return (performance.now() - started) / 1000;
  };

  it("parses a 5 MB single paragraph", () => {
    const input = `Title\n\n${"word and more words, ".repeat(240_000)}`;
    expect(seconds(() => parseArticle(input))).toBeLessThan(20);
  });

  it("parses 1 MB of quotation marks", () => {
    expect(seconds(() => parseArticle(`Title\n\n${'"'.repeat(1_000_000)}`))).toBeLessThan(10);
    expect(seconds(() => parseArticle(`Title\n\n${"“a ".repeat(330_000)}`))).toBeLessThan(10);
  });

  it("parses 1 MB of spaces, capitals and lines", () => {
    expect(seconds(() => parseArticle(`Title\n\nA${" ".repeat(1_000_000)}B`))).toBeLessThan(10);
    expect(seconds(() => parseArticle(`Title\n\n${"NEW DELHI ".repeat(100_000)}`))).toBeLessThan(
      10,
    );
    expect(seconds(() => parseArticle(`Title\n\n${"Short line\n".repeat(100_000)}`))).toBeLessThan(
      10,
    );
    expect(
      seconds(() => parseArticle(`# T\n\n${"*a ".repeat(100_000)}`, { format: "markdown" })),
    ).toBeLessThan(10);
  });
});
