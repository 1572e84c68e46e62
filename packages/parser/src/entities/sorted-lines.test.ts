import { describe, expect, it } from "vitest";
import { SortedLines } from "./sorted-lines.js";

describe("SortedLines", () => {
  const words = ["Aaron", "Abe", "Greer", "Jamieson", "Narendra", "Zoe", "zebra"];

  it("finds every line of a sorted list, with either line ending", () => {
    for (const separator of ["\n", "\r\n"]) {
      const lines = new SortedLines(words.join(separator));
      for (const word of words) expect(lines.has(word)).toBe(true);
    }
  });

  it("rejects words that are absent, prefixes and extensions of lines", () => {
    const lines = new SortedLines(words.join("\r\n"));
    for (const word of ["", "A", "Aaro", "Aarons", "Greers", "Modi", "zz", "Narendr"]) {
      expect(lines.has(word)).toBe(false);
    }
  });

  it("handles an empty list", () => {
    expect(new SortedLines("").has("Anyone")).toBe(false);
  });
});
