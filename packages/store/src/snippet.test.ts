import { describe, expect, it } from "vitest";
import { MATCH_CLOSE, MATCH_OPEN, splitSnippet, stripMarkers } from "./snippet.js";

describe("splitSnippet", () => {
  it("splits marked text into plain and matching parts", () => {
    expect(splitSnippet(`…a 25% ${MATCH_OPEN}tariff${MATCH_CLOSE} plus…`)).toEqual([
      { text: "…a 25% ", match: false },
      { text: "tariff", match: true },
      { text: " plus…", match: false },
    ]);
  });

  it("merges adjacent matches and drops empty parts", () => {
    const marked = `${MATCH_OPEN}trade${MATCH_CLOSE}${MATCH_OPEN}deal${MATCH_CLOSE}`;
    expect(splitSnippet(marked)).toEqual([{ text: "tradedeal", match: true }]);
    expect(splitSnippet("")).toEqual([]);
  });

  it("keeps markup as text", () => {
    expect(splitSnippet("<b>x</b>")).toEqual([{ text: "<b>x</b>", match: false }]);
  });

  it("strips marker characters from indexed text", () => {
    expect(stripMarkers(`a${MATCH_OPEN}b${MATCH_CLOSE}c`)).toBe("abc");
  });
});
