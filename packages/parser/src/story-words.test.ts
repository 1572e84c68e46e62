import type { Block } from "@news/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readStoryWords } from "./story-words.js";

const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text, line) => ({ type: "paragraph", text, line }));

const wordCount = (...texts: string[]) => readStoryWords("", paragraphs(...texts)).wordCount;

const CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff";
/** Reference count: each CJK character is a word, and so is each run of other non-space text. */
const WORD = new RegExp(`[${CJK}]|[^ \\n\\t\\r\\u00a0${CJK}]+`, "g");
const referenceCount = (text: string) => text.match(WORD)?.length ?? 0;

/** Reference terms: lowercased letter runs joined by apostrophes or hyphens, without "'s", of 4+ letters. */
const TERM = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
function referenceTerms(title: string, texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const [match] of text.toLowerCase().matchAll(TERM)) {
      const term = match.replace(/['’]s$/, "");
      if (term.length >= 4) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(title, 2);
  for (const text of texts) add(text, 1);
  return counts;
}

function termCounts(title: string, texts: readonly string[]): Map<string, number> {
  const { terms } = readStoryWords(title, paragraphs(...texts));
  return new Map(
    Array.from({ length: terms.size }, (_, index) => [terms.word(index), terms.countOf(index)]),
  );
}

describe("readStoryWords: word count", () => {
  it("counts words separated by plain spaces, other whitespace and CJK characters", () => {
    expect(wordCount("  Two  words ", "one", "")).toBe(3);
    expect(wordCount("tab\tand\nline\u00a0breaks\r")).toBe(4);
    expect(wordCount("東京 is 東京")).toBe(5);
    expect(wordCount("政府今天宣布 new measures")).toBe(8);
  });

  it("reads only the story's own blocks, not the title, credits or cross-links", () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "one two three" },
      { type: "related", text: "not counted here" },
      { type: "credit", text: "Reporting by nobody" },
      { type: "heading", text: "four five" },
    ];
    expect(readStoryWords("A title of five words", blocks).wordCount).toBe(5);
  });

  it("agrees with the reference count on any mix of separators and scripts", () => {
    const piece = fc.constantFrom(
      " ",
      "  ",
      "\n",
      "\t",
      "\r",
      "\u00a0",
      "ab",
      "é",
      "あ",
      "中",
      "한",
      "\u3000",
      "\u0001",
      "😀",
      "'",
      "-",
      "’s",
      "İ",
      "ー",
      "・",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(wordCount(text)).toBe(referenceCount(text));
      }),
    );
  });
});

describe("readStoryWords: terms", () => {
  it("counts lowercased terms of four letters or more, title words twice, possessives folded", () => {
    const counts = termCounts("Steel tariffs", [
      "The tariffs on steel rose. Steel's makers said the tariffs hurt Indo-Pacific exports.",
      "Don't blame the makers' union.",
    ]);
    expect(counts.get("steel")).toBe(4);
    expect(counts.get("tariffs")).toBe(4);
    expect(counts.get("makers")).toBe(2);
    expect(counts.get("makers'")).toBeUndefined();
    expect(counts.get("indo-pacific")).toBe(1);
    expect(counts.get("don't")).toBe(1);
    expect(counts.has("the")).toBe(false);
    expect([...counts.keys()].slice(0, 3)).toEqual(["steel", "tariffs", "rose"]);
  });

  it("keeps every term of a story denser in distinct terms than its table was sized for", () => {
    const letters = (index: number) =>
      Array.from({ length: 4 }, (_, place) =>
        String.fromCharCode(97 + (Math.floor(index / 26 ** place) % 26)),
      ).join("");
    const texts = [Array.from({ length: 6000 }, (_, index) => letters(index)).join(" ")];
    const counts = termCounts("", texts);
    expect(counts.size).toBe(6000);
    expect(counts).toEqual(referenceTerms("", texts));
  });

  it("agrees with a regular-expression reading of the terms", () => {
    const piece = fc.constantFrom(
      " ",
      "word",
      "Word",
      "élan",
      "'",
      "’s",
      "-",
      "s",
      "中文",
      "ab",
      ".",
      "1",
      "İSTANBUL",
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (title, texts) => {
        expect(termCounts(title, texts)).toEqual(referenceTerms(title, texts));
      }),
    );
  });
});
