import { describe, expect, it } from "vitest";
import { findCandidates } from "./candidates.js";
import { lexiconInfo } from "./word-info.js";
import { WordTable } from "./word-table.js";

const places = new Set(["Russia", "Ukraine", "US", "India"]);
const describeWord = new WordTable((word: string) =>
  lexiconInfo(word, places.has(word) ? { place: { name: word, country: true, major: true } } : {}),
);

const runs = (text: string): string[][] =>
  findCandidates([{ text }], describeWord).map((candidate) =>
    candidate.tokens.map((token) => token.text),
  );

describe("findCandidates", () => {
  it("groups adjacent capitalised words into one run and drops lone grammar words and months", () => {
    expect(runs("talks with Prime Minister Narendra Modi and Ms Lee on Thursday")).toEqual([
      ["Prime", "Minister", "Narendra", "Modi", "Ms", "Lee"],
    ]);
  });

  it("keeps dotted initials and joins connectors and abbreviated titles", () => {
    expect(runs("the U.S. Embassy and the Bank of England")).toEqual([
      ["U.S.", "Embassy"],
      ["Bank", "England"],
    ]);
    expect(runs("said Mr. Smith. Later Bashar al-Assad")).toEqual([
      ["Mr", "Smith"],
      ["Later", "Bashar", "Assad"],
    ]);
  });

  it("cuts possessives off the token and ends the run there", () => {
    const [candidate, next] = findCandidates([{ text: "India’s Modi met" }], describeWord);
    expect(candidate?.tokens.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: 0, end: 5, text: "India" },
    ]);
    expect(next?.tokens.map((token) => token.text)).toEqual(["Modi"]);
  });

  it("splits compounds of known names and keeps other hyphenated names whole", () => {
    expect(runs("the Russia-Ukraine conflict and the Indo-Pacific region")).toEqual([
      ["Russia"],
      ["Ukraine"],
      ["Indo-Pacific"],
    ]);
    const pieces = findCandidates([{ text: "US-India ties" }], describeWord).map((candidate) => {
      const token = candidate.tokens[0];
      return { start: token?.start, end: token?.end, text: token?.text };
    });
    expect(pieces).toEqual([
      { start: 0, end: 2, text: "US" },
      { start: 3, end: 8, text: "India" },
    ]);
  });

  it("marks runs that open a sentence", () => {
    const text = "Formal talks began. “Delegates met,” said Ms Lee. On X, Modi wrote";
    const starts = findCandidates([{ text }], describeWord).map((candidate) => [
      candidate.tokens[0]?.text,
      candidate.sentenceStart,
    ]);
    expect(starts).toEqual([
      ["Formal", true],
      ["Delegates", true],
      ["Ms", false],
      ["On", true],
      ["Modi", false],
    ]);
  });

  it("gives each block's runs its index and never joins a run across blocks", () => {
    const found = findCandidates(
      [{ text: "talks with Tony" }, { text: "Blair said" }],
      describeWord,
    );
    expect(found.map((candidate) => [candidate.blockIndex, candidate.tokens[0]?.text])).toEqual([
      [0, "Tony"],
      [1, "Blair"],
    ]);
  });

  // Linearity is measured by the benchmark (tooling/bench); the generous timeout only catches a
  // catastrophic (super-linear) blow-up, without asserting wall time on a busy machine.
  it("scans a huge block", { timeout: 120_000 }, () => {
    const text = "Alpha beta ".repeat(50_000) + "A".repeat(100_000);
    expect(findCandidates([{ text }], describeWord).length).toBe(50_001);
  });
});
