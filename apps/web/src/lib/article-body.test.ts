import type { Article } from "@news/schema";
import { describe, expect, it } from "vitest";
import { buildBody, segmentText } from "./article-body";

function article(overrides: Partial<Article>): Article {
  return {
    schemaVersion: 1,
    id: "a1",
    slug: "a-story",
    title: "A story",
    language: "en",
    summary: "",
    keywords: [],
    blocks: [],
    quotes: [],
    entities: [],
    figures: [],
    wordCount: 0,
    readingTimeMinutes: 1,
    source: { format: "text", sha256: "0".repeat(64), bytes: 0 },
    warnings: [],
    ...overrides,
  };
}

describe("segmentText", () => {
  it("links spans and keeps the rest as text", () => {
    expect(segmentText("Modi met Trump", [{ start: 9, end: 14, href: "/entities/trump" }])).toEqual(
      [{ text: "Modi met " }, { text: "Trump", href: "/entities/trump" }],
    );
  });

  it("skips overlapping and empty spans", () => {
    const links = [
      { start: 0, end: 4, href: "/a" },
      { start: 2, end: 6, href: "/b" },
      { start: 7, end: 7, href: "/c" },
    ];
    expect(segmentText("abcdefgh", links)).toEqual([
      { text: "abcd", href: "/a" },
      { text: "efgh" },
    ]);
  });
});

describe("buildBody", () => {
  const paragraphs = [
    "One.",
    "Two said “a long enough statement to be pulled out of the text”.",
    "Three.",
    "Four.",
    "Five.",
  ];
  const base = article({
    blocks: [
      ...paragraphs.map((text) => ({ type: "paragraph" as const, text })),
      { type: "list-item", text: "first" },
      { type: "list-item", text: "second" },
    ],
    quotes: [
      {
        blockIndex: 1,
        start: 10,
        end: 63,
        text: "a long enough statement to be pulled out of the text",
        speaker: "Jane Roe",
        speakerType: "person",
        kind: "statement",
      },
    ],
    entities: [
      {
        id: "person:jane-roe",
        type: "person",
        name: "Jane Roe",
        aliases: [],
        mentions: [
          { blockIndex: 2, start: 0, end: 5 },
          { blockIndex: 0, start: 0, end: 3 },
        ],
      },
    ],
  });

  it("places a pull quote two blocks after its source and groups list items", () => {
    const items = buildBody(base, () => undefined);
    expect(items.map((i) => i.kind)).toEqual([
      "block",
      "block",
      "block",
      "block",
      "pullquote",
      "block",
      "list",
    ]);
    const list = items.at(-1);
    expect(list?.kind === "list" ? list.items.length : 0).toBe(2);
  });

  it("links only the first mention of an entity with a page", () => {
    const items = buildBody(base, (id) =>
      id === "person:jane-roe" ? "/entities/jane-roe" : undefined,
    );
    const linked = items.flatMap((i) =>
      i.kind === "block" ? i.segments.filter((s) => s.href) : [],
    );
    expect(linked).toEqual([{ text: "One", href: "/entities/jane-roe" }]);
  });

  it("does not pull quotes of unnamed sources", () => {
    const anonymous = {
      ...base,
      quotes: base.quotes.map((q) => ({ ...q, speakerType: "statement" as const })),
    };
    expect(buildBody(anonymous, () => undefined).some((i) => i.kind === "pullquote")).toBe(false);
  });
});
