import { describe, expect, it } from "vitest";
import { slugify } from "./slug.js";

describe("slugify", () => {
  it("makes lowercase ASCII words joined by hyphens", () => {
    expect(slugify("Narendra Modi")).toBe("narendra-modi");
    expect(slugify("U.S. Embassy")).toBe("us-embassy");
    expect(slugify("Zürich")).toBe("zurich");
    expect(slugify("O’Brien & Sons — Ltd")).toBe("obrien-sons-ltd");
    expect(slugify("北京")).toBe("entity");
  });
});
