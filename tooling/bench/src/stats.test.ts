import { describe, expect, it } from "vitest";
import { interleave, percentile, summarize } from "./stats.js";

describe("summarize", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even one", () => {
    expect(summarize([3, 1, 2]).median).toBe(2);
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it("reports the spread relative to the median", () => {
    expect(summarize([90, 100, 110])).toMatchObject({ min: 90, max: 110, spread: 0.2, samples: 3 });
  });

  it("refuses an empty sample", () => {
    expect(() => summarize([])).toThrow();
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
  });
});

describe("interleave", () => {
  it("alternates the contenders and drops the warm-up rounds", async () => {
    const order: string[] = [];
    let tick = 0;
    const stats = await interleave(
      {
        ours: () => {
          order.push("ours");
          return ++tick;
        },
        anchor: () => {
          order.push("anchor");
          return ++tick;
        },
      },
      { warmup: 1, rounds: 2 },
    );
    expect(order).toEqual(["ours", "anchor", "ours", "anchor", "ours", "anchor"]);
    expect(stats.ours).toMatchObject({ min: 3, max: 5, samples: 2 });
    expect(stats.anchor).toMatchObject({ min: 4, max: 6, samples: 2 });
  });
});
