import { describe, expect, it } from "vitest";
import { HASH_START, hashRange, hashStep, RangeTable, WordTable } from "./word-table.js";

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

  it("holds nothing of a released table whose memory it reuses", () => {
    const text = "alpha beta gamma";
    const count = (table: RangeTable, start: number, end: number) =>
      table.count(text, start, end, hashRange(text, start, end), 1);
    const first = new RangeTable(64);
    count(first, 0, 5);
    count(first, 6, 10);
    first.release();
    const second = new RangeTable(64);
    expect(count(second, 11, 16)).toBe(0);
    expect(second.indexOf(text, 6, 10, hashRange(text, 6, 10))).toBe(-1);
    expect(count(second, 0, 5)).toBe(1);
    expect([second.word(1), second.countOf(1), second.size]).toEqual(["alpha", 1, 2]);
  });

  it("grows past its first size without losing words", () => {
    const table = new WordTable([], 4);
    const words = Array.from({ length: 500 }, (_, index) => `word${index}`);
    for (const word of words) table.add(word, 0, word.length);
    expect(table.size).toBe(500);
    expect(words.every((word, index) => table.indexOf(word, 0, word.length) === index)).toBe(true);
    expect(table.indexOf("word500", 0, 7)).toBe(-1);
  });

  it("hashes a range the same step by step as at once", () => {
    let hash = HASH_START;
    for (const char of "éte") hash = hashStep(hash, char.charCodeAt(0));
    expect(hash).toBe(hashRange("l'éte", 2, 5));
  });
});

describe("RangeTable", () => {
  it("counts words by a range of any string, and slices only the words read as strings", () => {
    const table = new RangeTable(4);
    const text = "xx profits the profit";
    const hash = (start: number, end: number) => hashRange(text, start, end);
    expect(table.count(text, 3, 10, hash(3, 10), 1)).toBe(0);
    expect(table.count(text, 15, 21, hash(15, 21), 2)).toBe(1);
    expect(table.count("profits", 0, 7, hashRange("profits", 0, 7), 1)).toBe(0);
    expect(table.indexOf(text, 11, 14, hash(11, 14))).toBe(-1);
    expect(table.word(0)).toBe("profits");
    expect([table.countOf(0), table.countOf(1)]).toEqual([2, 2]);
    expect(table.indexWithoutLast(0)).toBe(1);
    expect(table.indexIn(new WordTable(["profit"]), 1)).toBe(0);
    expect(table.indexIn(new WordTable(["profit"]), 0)).toBe(-1);
  });

  it("grows past its first size without losing words", () => {
    const table = new RangeTable(4);
    const words = Array.from({ length: 500 }, (_, index) => `word${index}`);
    for (const word of words) table.count(word, 0, word.length, hashRange(word, 0, word.length), 1);
    expect(table.size).toBe(500);
    expect(words.every((word, index) => table.word(index) === word)).toBe(true);
    expect(words.every((_, index) => table.countOf(index) === 1)).toBe(true);
    expect(table.indexOf("word500", 0, 7, hashRange("word500", 0, 7))).toBe(-1);
  });
});
