import { describe, expect, it } from "vitest";
import { gazetteer } from "./gazetteer.js";

describe("gazetteer", () => {
  const data = gazetteer();

  it("maps country aliases from the countries package to one name", () => {
    for (const alias of ["US", "U.S.", "USA", "United States", "America"]) {
      expect(data.places.get(alias)?.name).toBe("United States");
    }
    for (const alias of ["UK", "U.K.", "Britain", "United Kingdom"]) {
      expect(data.places.get(alias)?.name).toBe("United Kingdom");
    }
    expect(data.places.get("India")).toMatchObject({ country: true, major: true });
  });

  it("knows capitals, major cities, regions and subdivisions, not codes that are words", () => {
    for (const place of [
      "New Delhi",
      "Washington",
      "Tokyo",
      "Manchester",
      "New York",
      "Europe",
      "Scotland",
      "Texas",
    ]) {
      expect(data.places.has(place)).toBe(true);
    }
    for (const word of ["IN", "IT", "TO", "Mobile"]) expect(data.places.has(word)).toBe(false);
  });

  it("keeps demonyms apart and tells names from familiar words", () => {
    expect(data.demonyms.has("Indian")).toBe(true);
    expect(data.places.has("Indian")).toBe(false);
    expect(data.isPersonalName("Narendra")).toBe(true);
    expect(data.isPersonalName("Jamieson")).toBe(true);
    expect(data.isPersonalName("Red")).toBe(false);
    expect(data.isPersonalName("India")).toBe(false);
  });

  it("knows the first word of every place name of several words", () => {
    for (const name of data.places.keys()) {
      const firstGap = name.search(/[ .]/);
      if (firstGap > 0) expect(data.placeNameStarts.has(name.slice(0, firstGap))).toBe(true);
    }
    expect(data.placeNameStarts.has("New")).toBe(true);
    expect(data.placeNameStarts.has("Delhi")).toBe(false);
  });

  it("knows the last word of every place name of several words", () => {
    for (const name of data.places.keys()) {
      const lastGap = Math.max(name.lastIndexOf(" "), name.lastIndexOf("-"));
      if (lastGap > 0) expect(data.placeNameEnds.has(name.slice(lastGap + 1))).toBe(true);
    }
    expect(data.placeNameEnds.has("Delhi")).toBe(true);
    expect(data.placeNameEnds.has("New")).toBe(false);
  });
});
