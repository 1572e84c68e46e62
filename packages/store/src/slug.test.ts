import { describe, expect, it } from "vitest";
import { nameKey, slugify } from "./slug.js";

describe("slugify", () => {
  it("makes lowercase ASCII words joined by hyphens", () => {
    expect(slugify("Narendra Modi")).toBe("narendra-modi");
    expect(slugify("Zürich  Café!")).toBe("zurich-cafe");
    expect(slugify("習近平")).toBe("");
  });

  it("stops at a word boundary within the length limit", () => {
    expect(slugify("alpha beta gamma", 12)).toBe("alpha-beta");
  });
});

describe("nameKey", () => {
  it("folds names into padded words", () => {
    expect(nameKey("  Narendra   MODI's ")).toBe(" narendra modi s ");
  });
});
