import { describe, expect, it } from "vitest";
import { isTitleCase } from "./title-case.js";

describe("isTitleCase", () => {
  it("recognises headline-style lines", () => {
    expect(
      isTitleCase(
        "PM Modi Holds Talks with Trump, Stresses Boosting Trade Amid Rising Tariff Tensions",
      ),
    ).toBe(true);
    expect(isTitleCase("Modi and Trump Converse Amid Trade Impasse")).toBe(true);
  });

  it("leaves running text, short lines and sentences alone", () => {
    expect(isTitleCase("Negotiators are striving to bridge gaps over market entry for corn")).toBe(
      false,
    );
    expect(isTitleCase("Big News")).toBe(false);
    expect(isTitleCase("Prime Minister Narendra Modi Spoke To President Donald Trump.")).toBe(
      false,
    );
  });
});
