import { describe, expect, it } from "vitest";
import { markMatches } from "./match-marks.js";
import { splitSnippet } from "./snippet.js";
import { parseQuery } from "./sqlite/match-expression.js";

const matched = (text: string, query: string) =>
  splitSnippet(markMatches(text, parseQuery(query).terms))
    .filter((part) => part.match)
    .map((part) => part.text);

describe("markMatches", () => {
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

  it("leaves text without matches as it is", () => {
    expect(markMatches("Nothing here", parseQuery("tariff").terms)).toBe("Nothing here");
  });
});
