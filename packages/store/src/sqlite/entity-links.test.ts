import { describe, expect, it } from "vitest";
import { decodeEntityLinks, type EntityLink, encodeEntityLinks } from "./entity-links.js";

describe("entity links", () => {
  it("round-trip as varints, a byte for each small number", () => {
    const links: EntityLink[] = [
      [1, 2],
      [127, 128],
      [300, 1],
      [2 ** 40 + 3, 0],
    ];
    const stored = encodeEntityLinks(links);
    expect(encodeEntityLinks([[1, 2]])).toEqual(Buffer.from([1, 2]));
    expect(decodeEntityLinks(stored)).toEqual(links);
    expect(decodeEntityLinks(encodeEntityLinks([]))).toEqual([]);
  });

  it("read the JSON text older stores hold", () => {
    expect(decodeEntityLinks("[[4,1],[9,3]]")).toEqual([
      [4, 1],
      [9, 3],
    ]);
    expect(decodeEntityLinks("[]")).toEqual([]);
  });

  it("refuse values that are not non-negative integers, and bytes cut off inside a number", () => {
    expect(() => encodeEntityLinks([[-1, 2]])).toThrow(RangeError);
    expect(() => encodeEntityLinks([[1.5, 2]])).toThrow(RangeError);
    expect(() => decodeEntityLinks(Uint8Array.of(1, 0x80))).toThrow(/inside a number/);
  });
});
