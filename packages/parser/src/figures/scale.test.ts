import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber, SCALES, scaled } from "./scale.js";

describe("scaled", () => {
  it("rounds away binary noise", () => {
    expect(scaled(5.93, 1e6)).toBe(5_930_000);
    expect(scaled(1.1, 1e3)).toBe(1100);
    expect(scaled(199, 0.01)).toBe(1.99);
  });

  it("agrees with rounding every product to 15 significant digits", () => {
    const scale = fc.constantFrom(...SCALES.values(), 0.01);
    const value = fc.oneof(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.double({ min: 0, max: 1e12, noNaN: true }),
    );
    fc.assert(
      fc.property(value, scale, (number, factor) => {
        expect(scaled(number, factor)).toBe(Number((number * factor).toPrecision(15)));
      }),
    );
  });
});

describe("parseNumber", () => {
  it("reads digits, grouping commas and decimals as Number reads them without the commas", () => {
    expect(parseNumber("2,225")).toBe(2225);
    expect(parseNumber("1,00,000")).toBe(100_000);
    expect(parseNumber("3.5")).toBe(3.5);
    const written = fc.stringMatching(/^\d{1,20}(?:,\d{3}){0,3}(?:\.\d{1,6})?$/);
    fc.assert(
      fc.property(written, (digits) => {
        expect(parseNumber(digits)).toBe(Number(digits.replaceAll(",", "")));
      }),
    );
  });
});
