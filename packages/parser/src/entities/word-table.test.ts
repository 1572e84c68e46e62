import { describe, expect, it } from "vitest";
import { lexiconInfo } from "./word-info.js";
import { WordTable } from "./word-table.js";

describe("WordTable", () => {
  it("finds a word by its range in a text and describes each distinct word once", () => {
    const described: string[] = [];
    const table = new WordTable((word) => {
      described.push(word);
      return lexiconInfo(word);
    });
    const text = "Modi met Modi and Trump; Mr Trump met The President";
    const words = [...text.matchAll(/\p{Lu}\p{L}*/gu)].map((match) =>
      table.lookup(text, match.index, match.index + match[0].length),
    );
    expect(words.map((entry) => entry.word)).toEqual([
      "Modi",
      "Modi",
      "Trump",
      "Mr",
      "Trump",
      "The",
      "President",
    ]);
    expect(words[0]).toBe(words[1]);
    expect(described).toEqual(["Modi", "Trump", "Mr", "The", "President"]);
    expect(words[3]?.title).toBe(true);
  });

  it("keeps working as it grows past its first capacity", () => {
    const table = new WordTable((word) => lexiconInfo(word));
    const text = Array.from({ length: 40_000 }, (_, index) => `W${index}`).join(" ");
    let offset = 0;
    for (const word of text.split(" ")) {
      expect(table.lookup(text, offset, offset + word.length).word).toBe(word);
      offset += word.length + 1;
    }
    expect(table.lookup(text, 0, 2).word).toBe("W0");
  });

  it("tells apart words with the same hash, long and non-ASCII words", () => {
    const table = new WordTable((word) => lexiconInfo(word));
    const words = [
      // Two pairs of words with the same 32-bit FNV-1a hash.
      "Q00pfs",
      "Q0hvja",
      "Internation062vu",
      "Internation0duea",
      "Internationalisation",
      "Internationalism",
      "Internationalisations",
      "Zürich",
      "Zurich",
      "Ελλάδα",
      "Ελλάς",
      "\uffffA\u8000",
      "A".repeat(1000),
      "A".repeat(1001),
    ];
    const text = words.join(" ");
    const found = (source: string) => {
      let offset = 0;
      return source.split(" ").map((word) => {
        const info = table.lookup(source, offset, offset + word.length);
        offset += word.length + 1;
        return info;
      });
    };
    const first = found(text);
    expect(first.map((info) => info.word)).toEqual(words);
    const again = found(words.join(" "));
    for (const [index, info] of again.entries()) expect(info).toBe(first[index]);
  });
});
