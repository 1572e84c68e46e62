import { describe, expect, it } from "vitest";
import { countSpacedWords, isWhiteSpace, lastSpacedWord, spacedWords } from "./white-space.js";

describe("isWhiteSpace", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });
});

describe("countSpacedWords", () => {
  it("counts the words white space separates, as a split on \\s+ would", () => {
    for (const text of ["one", "one two", "one  \u00a0two\u2028three", "a\tb\nc d"]) {
      expect(countSpacedWords(text)).toBe(text.split(/\s+/).length);
    }
  });
});

describe("lastSpacedWord", () => {
  it("reads the text after the last white space", () => {
    expect(lastSpacedWord("the minister also")).toBe("also");
    expect(lastSpacedWord("alone")).toBe("alone");
    expect(lastSpacedWord("ends in space ")).toBe("");
  });
});

describe("spacedWords", () => {
  it("splits as split(/\\s+/) does", () => {
    for (const text of [
      "",
      "he",
      "Ms. Gopinath",
      " A  U.S.\u00a0Embassy\tspokesperson ",
      "a\n\nb",
      "  ",
    ]) {
      expect(spacedWords(text)).toEqual(text.split(/\s+/));
    }
  });
});
