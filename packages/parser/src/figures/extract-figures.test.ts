import { describe, expect, it } from "vitest";
import { paragraphs, seedBlocks } from "../entities/testing/seed-blocks.js";
import { extractFigures } from "./index.js";

describe("extractFigures", () => {
  it("finds the seed article's tariff percentages", () => {
    const { blocks } = seedBlocks();
    const figures = extractFigures(blocks);
    const percents = figures
      .filter((figure) => figure.kind === "percent")
      .map((figure) => [figure.text, figure.value]);
    expect(percents).toEqual([
      ["50%", 50],
      ["25%", 25],
      ["25%", 25],
    ]);
    for (const figure of figures)
      expect(blocks[figure.blockIndex]?.text.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it("reads wire and Indian-press money styles across blocks, in reading order", () => {
    const figures = extractFigures(
      paragraphs(
        "NEW YORK - Net income rose to 5.93 mln dlrs from 4.1 mln dlrs.",
        "The government set aside Rs 1.5 lakh crore, or ₹15 trillion, for 2025.",
      ),
    );
    expect(
      figures.map((figure) => [figure.blockIndex, figure.kind, figure.value, figure.currency]),
    ).toEqual([
      [0, "money", 5_930_000, "USD"],
      [0, "money", 4_100_000, "USD"],
      [1, "money", 1.5e12, "INR"],
      [1, "money", 15e12, "INR"],
      [1, "year", 2025, undefined],
    ]);
  });
});
