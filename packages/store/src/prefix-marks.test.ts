import { describe, expect, it } from "vitest";
import { markPrefixMatches } from "./prefix-marks.js";
import { MATCH_CLOSE, MATCH_OPEN, splitSnippet } from "./snippet.js";
import { parseQuery } from "./sqlite/match-expression.js";

const matched = (text: string, query: string) =>
  splitSnippet(markPrefixMatches(text, parseQuery(query).terms))
    .filter((part) => part.match)
    .map((part) => part.text);

describe("markPrefixMatches", () => {
  it("marks words that start with a prefix, whatever their case and accents", () => {
    expect(matched("Élections and the electorate; select nothing.", "elect*")).toEqual([
      "Élections",
      "electorate",
    ]);
  });

  it("marks a prefix phrase's other words only where they are whole words", () => {
    expect(matched("The prime minister met ministers; primer.", "prime-min*")).toEqual([
      "prime",
      "minister",
      "ministers",
    ]);
  });

  it("leaves text alone when no term is a prefix, and does not mark inside a marked match", () => {
    expect(markPrefixMatches("tariffs rise", parseQuery("tariff").terms)).toBe("tariffs rise");
    const marked = `${MATCH_OPEN}tariff rise${MATCH_CLOSE} then tariffs`;
    expect(markPrefixMatches(marked, parseQuery("tarif* rise").terms)).toBe(
      `${MATCH_OPEN}tariff rise${MATCH_CLOSE} then ${MATCH_OPEN}tariffs${MATCH_CLOSE}`,
    );
  });
});
