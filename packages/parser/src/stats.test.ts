import type { Block } from "@news/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureReading } from "./stats.js";

const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text, line) => ({ type: "paragraph", text, line }));

const CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff";
/** Reference count: each CJK character is a word, and so is each run of other non-space text. */
const WORD = new RegExp(`[${CJK}]|[^ \\n\\t\\r\\u00a0${CJK}]+`, "g");
const referenceCount = (text: string) => text.match(WORD)?.length ?? 0;

describe("measureReading", () => {
  it("counts words separated by plain spaces, other whitespace and CJK characters", () => {
    expect(measureReading(paragraphs("  Two  words ", "one", "")).wordCount).toBe(3);
    expect(measureReading(paragraphs("tab\tand\nline\u00a0breaks\r")).wordCount).toBe(4);
    expect(measureReading(paragraphs("東京 is 東京")).wordCount).toBe(5);
  });

  it("leaves credits and cross-links out, and rounds reading time up", () => {
    const blocks: Block[] = [
      ...paragraphs("word ".repeat(231)),
      { type: "credit", text: "Reporting by Someone", line: 2 },
    ];
    expect(measureReading(blocks)).toEqual({ wordCount: 231, readingTimeMinutes: 2 });
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
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(measureReading(paragraphs(text)).wordCount).toBe(referenceCount(text));
      }),
    );
  });
});
