import { readFileSync } from "node:fs";
import { safeParseArticle } from "@news/parser";
import type { Article } from "@news/schema";
import { describe, expect, it } from "vitest";
import {
  decodeArticle,
  decodeText,
  decodeTextPrefix,
  encodeArticle,
  packMentions,
  packSpanned,
  unpackMentions,
} from "./doc-codec.js";
import { seedFile } from "./testing/fixtures.js";

describe("stored articles", () => {
  it("round-trip the seed exactly", () => {
    const parsed = safeParseArticle(readFileSync(seedFile), { path: seedFile });
    if (!parsed.ok) throw parsed.error;
    expect(decodeArticle(encodeArticle(parsed.article), parsed.article)).toEqual(parsed.article);
  });

  it("round-trip blocks that hold line breaks, empty text and a subtitle", () => {
    const parsed = safeParseArticle("Title line\n\nFirst paragraph.\n", { path: "x.txt" });
    if (!parsed.ok) throw parsed.error;
    const article: Article = {
      ...parsed.article,
      subtitle: "A subtitle\nwith a break",
      blocks: [
        { type: "paragraph", text: "one\ntwo" },
        { type: "paragraph", text: "" },
        { type: "list-item", text: "é \uE000 marker" },
      ],
    };
    const stored = encodeArticle(article);
    expect(decodeArticle(stored, article)).toEqual(article);
    expect(decodeText(stored.text)).toBe("A subtitle\nwith a break\none\ntwo\n\né \uE000 marker");
  });
});

describe("identity", () => {
  it("is the row's: a document holds no id, slug or title", () => {
    const parsed = safeParseArticle(readFileSync(seedFile), { path: seedFile });
    if (!parsed.ok) throw parsed.error;
    const identity = { id: "row-id", slug: "row-slug", title: "Row title" };
    expect(decodeArticle(encodeArticle(parsed.article), identity)).toEqual({
      ...parsed.article,
      ...identity,
    });
  });
});

describe("long articles", () => {
  it("round-trip when the text is longer than the compression window", () => {
    const parsed = safeParseArticle("Long one\n\nStart.\n", { path: "x.txt" });
    if (!parsed.ok) throw parsed.error;
    const blocks = Array.from({ length: 400 }, (_, i) => ({
      type: "paragraph" as const,
      text: `Paragraph ${i} says something different about item ${i * 7919}.`,
    }));
    const article: Article = { ...parsed.article, blocks };
    expect(decodeArticle(encodeArticle(article), article)).toEqual(article);
  });
});

describe("packed mentions", () => {
  it("round-trip spans across and within blocks", () => {
    const spans = [
      { blockIndex: 0, start: 4, end: 9 },
      { blockIndex: 0, start: 20, end: 31 },
      { blockIndex: 3, start: 2, end: 5 },
      { blockIndex: 3, start: 2, end: 5 },
    ];
    const packed = packMentions(spans);
    expect(packed).toEqual([0, 4, 5, 0, 16, 11, 3, 2, 3, 0, 0, 3]);
    expect(unpackMentions(packed ?? [])).toEqual(spans);
  });

  it("leave spans that go backwards or carry other fields as they are", () => {
    expect(
      packMentions([
        { blockIndex: 0, start: 9, end: 12 },
        { blockIndex: 0, start: 1, end: 2 },
      ]),
    ).toBe(undefined);
    const extra = { blockIndex: 0, start: 1, end: 2, note: "x" };
    expect(packMentions([extra])).toBe(undefined);
    const parsed = safeParseArticle(readFileSync(seedFile), { path: seedFile });
    if (!parsed.ok) throw parsed.error;
    const [first, ...others] = parsed.article.entities;
    if (!first) throw new Error("the seed has entities");
    const article: Article = {
      ...parsed.article,
      entities: [{ ...first, mentions: [...first.mentions].reverse() }, ...others],
    };
    expect(decodeArticle(encodeArticle(article), article)).toEqual(article);
  });
});

describe("packed figures, quotes and entity ids", () => {
  const parsed = safeParseArticle(
    'Budget row\n\nTax rose 5% to $2bn, said Ann Lee.\n\n"We will go on," Ann Lee said.\n',
    { path: "x.txt" },
  );
  if (!parsed.ok) throw parsed.error;
  const base = parsed.article;
  const blockTexts = base.blocks.map((block) => block.text);

  it("leave out a figure's or quote's text when its span covers it, and keep it when not", () => {
    const figures = [
      { blockIndex: 0, start: 9, end: 11, kind: "percent" as const, value: 5, text: "5%" },
      { blockIndex: 0, start: 15, end: 19, kind: "money" as const, value: 2e9, text: "two bn" },
    ];
    const packed = packSpanned(figures, blockTexts);
    expect(packed).toEqual([
      [0, 9, 2, 0, 6, 4],
      [
        { kind: "percent", value: 5 },
        { text: "two bn", kind: "money", value: 2e9 },
      ],
    ]);
    expect(packSpanned([], blockTexts)).toEqual([]);
  });

  it("round-trip figures, quotes across blocks and entities with and without the usual id", () => {
    const article: Article = {
      ...base,
      figures: [
        { blockIndex: 0, start: 9, end: 11, kind: "percent", value: 5, text: "5%" },
        { blockIndex: 0, start: 15, end: 19, kind: "money", value: 2e9, text: "two bn" },
      ],
      quotes: [
        { blockIndex: 1, start: 1, end: 14, text: "We will go on", kind: "statement" },
        {
          blockIndex: 0,
          start: 0,
          end: 3,
          endBlockIndex: 1,
          text: "Tax … We",
          kind: "fragment",
          speaker: "Ann Lee",
        },
      ],
      entities: [
        {
          id: "person:ann-lee",
          type: "person",
          name: "Ann Lee",
          aliases: [],
          mentions: [{ blockIndex: 0, start: 26, end: 33 }],
        },
        { id: "person:someone-else", type: "person", name: "Ann", aliases: [], mentions: [] },
      ],
    };
    expect(decodeArticle(encodeArticle(article), article)).toEqual(article);
  });
});

describe("text prefixes", () => {
  it("are the start of the text, whole characters only, however far a caller reads", () => {
    // Pseudo-random words of one- to four-byte characters, so the text compresses poorly and short
    // prefixes come from part of the stream.
    const letters = ["a", "q", "ü", "é", "“", "£", "ж", "😀", "中", "z"];
    let seed = 7;
    const words = Array.from({ length: 600 }, () => {
      let word = "";
      for (let i = 0; i < 5; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        word += letters[seed % letters.length];
      }
      return word;
    });
    const parsed = safeParseArticle(`Title\n\n${words.join(" ")}\n`, { path: "x.txt" });
    if (!parsed.ok) throw parsed.error;
    const stored = encodeArticle(parsed.article).text;
    expect(stored.length).toBeGreaterThan(1000);
    const full = decodeText(stored);
    for (const length of [0, 1, 10, 57, 300, full.length - 1, full.length, full.length + 5]) {
      const prefix = decodeTextPrefix(stored, length);
      expect(prefix.length).toBeGreaterThanOrEqual(Math.min(length, full.length));
      expect(full.startsWith(prefix)).toBe(true);
    }
  });
});
