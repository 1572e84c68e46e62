import { describe, expect, it } from "vitest";
import { limitWarnings, MAX_WARNINGS_PER_CODE } from "./warnings.js";

describe("limitWarnings", () => {
  it("keeps every warning when there are few", () => {
    const warnings = [
      { code: "a", message: "one" },
      { code: "b", message: "two", line: 3 },
    ];
    expect(limitWarnings(warnings)).toEqual(warnings);
  });

  it("keeps the first of a flood and says how many were left out", () => {
    const flood = Array.from({ length: 1000 }, (_, index) => ({
      code: "unbalanced-quote",
      message: `at ${index}`,
    }));
    const limited = limitWarnings([...flood, { code: "no-title", message: "x" }]);
    expect(limited).toHaveLength(MAX_WARNINGS_PER_CODE + 2);
    expect(limited[0]).toEqual(flood[0]);
    expect(limited.at(-1)).toEqual({
      code: "unbalanced-quote",
      message: `${1000 - MAX_WARNINGS_PER_CODE} more "unbalanced-quote" warnings were left out`,
    });
  });
});
