import { describe, expect, it } from "vitest";
import { classifyBlocks } from "./classify.js";
import type { RawBlock } from "./draft.js";

function prose(...texts: string[]): RawBlock[] {
  return texts.map((text, index) => ({ kind: "prose", text, line: index + 1, standalone: true }));
}

const PARAGRAPH = "The minister said on Tuesday that the talks would resume next week in Geneva.";

describe("classifyBlocks", () => {
  it.each([
    [
      "ALSO READ : PM Modi Holds Talks with Trump",
      "ALSO READ",
      "PM Modi Holds Talks with Trump",
      undefined,
    ],
    ["READ MORE: Markets fall again", "READ MORE", "Markets fall again", undefined],
    [
      "Also read: Markets fall again https://example.com/markets",
      "Also read",
      "Markets fall again",
      "https://example.com/markets",
    ],
    ["Related: The day the markets fell", "Related", "The day the markets fell", undefined],
    ["Also Read | Why the rupee fell", "Also Read", "Why the rupee fell", undefined],
    ["WATCH: The minister's speech", "WATCH", "The minister's speech", undefined],
  ])("reads the cross-link %j", (text, label, headline, url) => {
    const { blocks } = classifyBlocks(prose(PARAGRAPH, text, PARAGRAPH), true);
    expect(blocks[1]).toEqual({
      type: "related",
      text: headline,
      label,
      line: 2,
      ...(url ? { url } : {}),
    });
  });

  it("keeps the url of a Markdown cross-link", () => {
    const raws: RawBlock[] = [
      { kind: "prose", text: "Also read: Markets fall", line: 4, links: ["https://x.test/a"] },
    ];
    expect(classifyBlocks(raws, false).blocks[0]).toMatchObject({
      type: "related",
      url: "https://x.test/a",
    });
  });

  it.each([
    "(Reporting by Jane Doe; Editing by John Roe)",
    "CNN's Jane Doe contributed to this report.",
    "Additional reporting by Max Poe",
    "(With inputs from PTI)",
    "Reporting by Jane Doe in London; Writing by John Roe; Editing by Max Poe",
    "© 2025 The Associated Press. All rights reserved.",
  ])("reads the credit line %j", (text) => {
    const { blocks } = classifyBlocks(prose(PARAGRAPH, PARAGRAPH, text), true);
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "paragraph", "credit"]);
  });

  it("does not take a sentence about research for a credit", () => {
    const text = "Research by handset maker Nokia shows that more people are using their phones.";
    const { blocks } = classifyBlocks(
      prose(PARAGRAPH, text, PARAGRAPH, PARAGRAPH, PARAGRAPH),
      true,
    );
    expect(blocks[1]?.type).toBe("paragraph");
  });

  it("takes a byline above the story out of the blocks", () => {
    const result = classifyBlocks(prose("By Jane Doe and John Roe", PARAGRAPH), true);
    expect(result.byline).toEqual({
      raw: "By Jane Doe and John Roe",
      authors: ["Jane Doe", "John Roe"],
    });
    expect(result.blocks).toHaveLength(1);
  });

  it.each([
    "By Tuesday, the talks had collapsed and both sides went home.",
    "By Tuesday",
    "by the way",
  ])("does not take %j for a byline", (text) => {
    expect(classifyBlocks(prose(text, PARAGRAPH), true).byline).toBeUndefined();
  });

  it.each([
    ["Published: December 11, 2025", "publishedAt", "2025-12-11"],
    ["Updated 11 December 2025 10:30 GMT", "updatedAt", "2025-12-11T10:30:00.000Z"],
    ["Dec 11, 2025", "publishedAt", "2025-12-11"],
  ])("takes the date line %j out of the blocks", (text, field, iso) => {
    const result = classifyBlocks(prose(text, PARAGRAPH), true);
    expect(result.dates).toEqual({ [field]: iso });
    expect(result.blocks).toHaveLength(1);
  });

  it("leaves a sentence with a date in the blocks", () => {
    const text = "On December 11, 2025 the talks resumed.";
    expect(classifyBlocks(prose(text, PARAGRAPH), true).dates).toEqual({});
  });

  it("reads a short unpunctuated line between paragraphs as a subheading", () => {
    const { blocks } = classifyBlocks(prose(PARAGRAPH, "Hard choices ahead", PARAGRAPH), true);
    expect(blocks[1]).toEqual({ type: "heading", text: "Hard choices ahead", level: 2, line: 2 });
  });

  it.each([
    ["a broken-off line", "The men's 800m went to form in Sheffield as", PARAGRAPH],
    [
      "a line continued in lower case",
      "The government had claimed tobacco firms",
      "dominated the market for years.",
    ],
    ["a sentence", "The talks failed.", PARAGRAPH],
  ])("does not read %s as a subheading", (_, text, next) => {
    const { blocks } = classifyBlocks(prose(PARAGRAPH, text, next), true);
    expect(blocks[1]?.type).toBe("paragraph");
  });

  it("drops sharing boilerplate glued to a paragraph", () => {
    const { blocks } = classifyBlocks(prose(`${PARAGRAPH} E-mail to a friend`), true);
    expect(blocks[0]?.text).toBe(PARAGRAPH);
  });
});

describe("byline forms", () => {
  it("joins an agency line under the byline to it", () => {
    const result = classifyBlocks(prose("By JANE DOE", "Associated Press", PARAGRAPH), true);
    expect(result.byline).toEqual({ raw: "By JANE DOE, Associated Press", authors: ["Jane Doe"] });
    expect(result.blocks).toHaveLength(1);
  });
});

describe("filler lines", () => {
  it.each([
    "Advertisement",
    "Story continues below advertisement",
    "###",
    "-30-",
    "* * *",
    "3 min read",
  ])("drops %j", (text) => {
    const { blocks } = classifyBlocks(prose(PARAGRAPH, text, PARAGRAPH), true);
    expect(blocks.map((block) => block.text)).toEqual([PARAGRAPH, PARAGRAPH]);
  });
});
