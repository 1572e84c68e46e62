import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCALES, scaled } from "./scale.js";

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
