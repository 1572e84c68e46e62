import { describe, expect, it } from "vitest";
import { genderOfName } from "./gender.js";

describe("genderOfName", () => {
  it("reads the usual gender of the given name", () => {
    expect(genderOfName("Melissa Hughes")).toBe("female");
    expect(genderOfName("Donald Trump")).toBe("male");
  });

  it("knows nothing about surnames alone or unlisted names", () => {
    expect(genderOfName("Modi")).toBeUndefined();
    expect(genderOfName("")).toBeUndefined();
  });
});
