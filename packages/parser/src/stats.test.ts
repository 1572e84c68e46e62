import { describe, expect, it } from "vitest";
import { readingStats } from "./stats.js";

describe("readingStats", () => {
  it("rounds reading time up to whole minutes, and gives 0 for no words", () => {
    expect(readingStats(0)).toEqual({ wordCount: 0, readingTimeMinutes: 0 });
    expect(readingStats(5)).toEqual({ wordCount: 5, readingTimeMinutes: 1 });
    expect(readingStats(230)).toEqual({ wordCount: 230, readingTimeMinutes: 1 });
    expect(readingStats(231)).toEqual({ wordCount: 231, readingTimeMinutes: 2 });
  });
});
