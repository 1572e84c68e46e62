import { describe, expect, it } from "vitest";
import { readingMinutes } from "./stats.js";

describe("readingMinutes", () => {
  it("rounds reading time up to whole minutes, and gives 0 for no words", () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(5)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
  });
});
