import { readFileSync } from "node:fs";
import { safeParseArticle } from "@news/parser";
import type { Article } from "@news/schema";
import { describe, expect, it } from "vitest";
import {
  decodeArticle,
  decodeText,
  encodeArticle,
  packMentions,
  unpackMentions,
} from "./doc-codec.js";
import { seedFile } from "./testing/fixtures.js";

describe("stored articles", () => {
  it("round-trip the seed exactly", () => {
    const parsed = safeParseArticle(readFileSync(seedFile), { path: seedFile });
    if (!parsed.ok) throw parsed.error;
    expect(decodeArticle(encodeArticle(parsed.article))).toEqual(parsed.article);
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
    expect(decodeArticle(stored)).toEqual(article);
    expect(decodeText(stored.text)).toBe("A subtitle\nwith a break\none\ntwo\n\né \uE000 marker");
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
    expect(decodeArticle(encodeArticle(article))).toEqual(article);
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
    expect(decodeArticle(encodeArticle(article))).toEqual(article);
  });
});
