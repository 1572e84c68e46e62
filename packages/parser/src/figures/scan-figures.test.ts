import { describe, expect, it } from "vitest";
import { scanFigures } from "./scan-figures.js";

function figures(text: string) {
  const found = scanFigures(text, 0);
  for (const figure of found) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  return found.map(({ kind, value, currency, unit, text: written }) => ({
    kind,
    value,
    currency,
    unit,
    text: written,
  }));
}

describe("scanFigures", () => {
  it("reads percentages in their usual spellings", () => {
    expect(
      figures("a 50% duty, 25 per cent tariff, 3.5 percent growth and 2 percentage points"),
    ).toEqual([
      { kind: "percent", value: 50, currency: undefined, unit: undefined, text: "50%" },
      { kind: "percent", value: 25, currency: undefined, unit: undefined, text: "25 per cent" },
      { kind: "percent", value: 3.5, currency: undefined, unit: undefined, text: "3.5 percent" },
      {
        kind: "percent",
        value: 2,
        currency: undefined,
        unit: undefined,
        text: "2 percentage points",
      },
    ]);
  });

  it("reads money with symbols, codes and words, scaled", () => {
    const money = figures(
      "Profit was 5.93 mln dlrs, sales $10.6 billion, a £1.5bn bid, €30m, US$ 200, Rs 500 crore, ₹2 lakh, 40 euros and 50 pence.",
    ).map(({ value, currency, text }) => [text, value, currency]);
    expect(money).toEqual([
      ["5.93 mln dlrs", 5_930_000, "USD"],
      ["$10.6 billion", 10_600_000_000, "USD"],
      ["£1.5bn", 1_500_000_000, "GBP"],
      ["€30m", 30_000_000, "EUR"],
      ["US$ 200", 200, "USD"],
      ["Rs 500 crore", 5_000_000_000, "INR"],
      ["₹2 lakh", 200_000, "INR"],
      ["40 euros", 40, "EUR"],
      ["50 pence", 0.5, "GBP"],
    ]);
  });

  it("reads counts and quantities with their unit", () => {
    expect(
      figures(
        "It published 2,225 articles for 1.2 million people, adding 15 jobs over 42 km and 30m viewers.",
      ),
    ).toEqual([
      { kind: "count", value: 2225, currency: undefined, unit: "articles", text: "2,225 articles" },
      {
        kind: "count",
        value: 1_200_000,
        currency: undefined,
        unit: "people",
        text: "1.2 million people",
      },
      { kind: "count", value: 15, currency: undefined, unit: "jobs", text: "15 jobs" },
      { kind: "quantity", value: 42, currency: undefined, unit: "km", text: "42 km" },
      {
        kind: "count",
        value: 30_000_000,
        currency: undefined,
        unit: "viewers",
        text: "30m viewers",
      },
    ]);
  });

  it("reads years and skips numbers that are parts of names, times and ordinals", () => {
    expect(
      figures("In 2019 the G7 met at 9:30 on the 21st, COVID-19 aside, and 3 of them left."),
    ).toEqual([{ kind: "year", value: 2019, currency: undefined, unit: undefined, text: "2019" }]);
  });

  // Linearity is measured by the benchmark (tooling/bench); the generous timeout only catches a
  // catastrophic (super-linear) blow-up, without asserting wall time on a busy machine.
  it("reads a huge block of digits and symbols", { timeout: 120_000 }, () => {
    const text = `${"1".repeat(1_000_000)} ${"$1, ".repeat(200_000)}${"%".repeat(100_000)}`;
    const figures = scanFigures(text, 0);
    expect(figures).toHaveLength(200_000);
    expect(figures.every((figure) => figure.kind === "money" && figure.value === 1)).toBe(true);
  });
});
