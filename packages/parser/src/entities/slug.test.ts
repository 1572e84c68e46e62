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

  it("gives plain names the same slug as the general rules", () => {
    expect(slugify("Tony Blair")).toBe("tony-blair");
    expect(slugify("G8 Summit 2005")).toBe("g8-summit-2005");
    expect(slugify("Tony  Blair")).toBe("tony-blair");
    expect(slugify(" Blair ")).toBe("blair");
    expect(slugify("")).toBe("entity");
  });
});
