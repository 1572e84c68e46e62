import { describe, expect, it } from "vitest";
import { sortSmall } from "./sort-small.js";

describe("sortSmall", () => {
  const byKey = (a: [number, string], b: [number, string]): number => a[0] - b[0];

  it("sorts short and long arrays stably, like the built-in sort", () => {
    for (const length of [0, 1, 2, 5, 24, 25, 100]) {
      const items = Array.from({ length }, (_, index): [number, string] => [
        (index * 7919) % 5,
        `item ${index}`,
      ]);
      const expected = [...items].sort(byKey);
      sortSmall(items, byKey);
      expect(items).toEqual(expected);
    }
  });
});
