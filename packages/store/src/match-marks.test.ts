import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchSpans, spansInAsciiWords, spansInTokens, wantedTerms } from "./match-marks.js";
import { parseQuery } from "./sqlite/match-expression.js";

const matched = (text: string, query: string) =>
  matchSpans(text, parseQuery(query).terms).map((span) => text.slice(span.start, span.end));

describe("matchSpans", () => {
  it("marks words with the query word's stem, whatever their case and accents", () => {
    expect(matched("Élections: the election was electing nobody.", "election")).toEqual([
      "Élections",
      "election",
      "electing",
    ]);
    expect(matched("New tariffs on steel", "TARIFF")).toEqual(["tariffs"]);
  });

  it("marks a phrase only where its words follow one another", () => {
    expect(
      matched(
        "The prime minister met a minister; prime time. Prime Ministers agree.",
        '"prime minister"',
      ),
    ).toEqual(["prime minister", "Prime Ministers"]);
  });

  it("marks words that start with a prefix", () => {
    expect(matched("Electricity and the electorate; select nothing.", "elect*")).toEqual([
      "Electricity",
      "electorate",
    ]);
  });

  it("finds nothing in text without matches", () => {
    expect(matchSpans("Nothing here", parseQuery("tariff").terms)).toEqual([]);
  });
});

describe("marking ASCII text without tokenising it", () => {
  const words = [
    "election",
    "Elections",
    "elect",
    "electorate",
    "prime",
    "Minister",
    "ministers",
    "tax",
    "taxes",
    "taxi",
    "oil",
    "prices",
    "price",
    "the",
    "a",
    "2005",
    "b2b",
    "economy",
    "economies",
    "select",
    "reelection",
    "syntax",
    "spoil",
  ];
  const separators = [" ", "  ", ", ", ". ", "-", "'", "“", "” ", "—", "\n", "(", ") "];
  const queries = [
    "election",
    "elect*",
    '"prime minister"',
    "tax",
    "oil prices",
    "price*",
    "economy",
    '"the election"',
    "b2b",
    "2005",
    "minister OR tax",
    '"prime min*"',
  ];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 60 })
    .map((parts) => parts.map(([word, separator]) => word + separator).join(""));
  const render = (source: string, spans: { start: number; end: number }[]) =>
    spans
      .map((span) => `${span.start}-${span.end}:${source.slice(span.start, span.end)}`)
      .join("|");

  it("finds exactly the spans that reading every word finds", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...queries), (source, query) => {
        const wanted = wantedTerms(parseQuery(query).terms);
        expect(render(source, spansInAsciiWords(source.toLowerCase(), wanted))).toBe(
          render(source, spansInTokens(source, wanted)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("reads accented words one by one", () => {
    expect(matched("Élections and elections", "election")).toEqual(["Élections", "elections"]);
  });
});
