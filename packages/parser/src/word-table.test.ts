import { describe, expect, it } from "vitest";
import { HASH_START, hashRange, hashStep, hashUnstep, WordTable } from "./word-table.js";

describe("WordTable", () => {
  it("finds words by a range of a larger string, and keeps the order they were added in", () => {
    const table = new WordTable(["the", "profit"]);
    const text = "xx profits the";
    expect(table.indexOf(text, 3, 9)).toBe(1);
    expect(table.indexOf(text, 3, 10)).toBe(-1);
    expect(table.indexOf(text, 11, 14)).toBe(0);
    expect(table.add(text, 3, 10)).toBe(2);
    expect(table.add(text, 3, 10)).toBe(2);
    expect(table.words).toEqual(["the", "profit", "profits"]);
  });

  it("grows past its first size without losing words", () => {
    const table = new WordTable([], 4);
    const words = Array.from({ length: 500 }, (_, index) => `word${index}`);
    for (const word of words) table.add(word, 0, word.length);
    expect(table.size).toBe(500);
    expect(words.every((word, index) => table.indexOf(word, 0, word.length) === index)).toBe(true);
    expect(table.indexOf("word500", 0, 7)).toBe(-1);
    expect(
      words.every((word, index) => table.hashOf(index) === hashRange(word, 0, word.length)),
    ).toBe(true);
  });

  it("hashes a range the same step by step as at once", () => {
    let hash = HASH_START;
    for (const char of "éte") hash = hashStep(hash, char.charCodeAt(0));
    expect(hash).toBe(hashRange("l'éte", 2, 5));
  });

  it("undoes the last step of a hash", () => {
    for (const word of ["profits", "s", "élans", "x’s"]) {
      const last = word.charCodeAt(word.length - 1);
      expect(hashUnstep(hashRange(word, 0, word.length), last)).toBe(
        hashRange(word, 0, word.length - 1),
      );
    }
  });
});
