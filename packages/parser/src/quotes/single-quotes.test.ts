import { describe, expect, it } from "vitest";
import { paragraphs } from "../entities/testing/seed-blocks.js";
import { scanQuotationMarks } from "./scan-marks.js";
import { scanSingleQuotations } from "./single-quotes.js";

function quoted(...texts: string[]): string[] {
  const blocks = paragraphs(...texts);
  return scanSingleQuotations(blocks, scanQuotationMarks(blocks).doubleMarked).map(({ pieces }) => {
    const piece = pieces[0];
    return piece === undefined
      ? ""
      : (blocks[piece.blockIndex]?.text.slice(piece.start, piece.end) ?? "");
  });
}

describe("scanSingleQuotations", () => {
  it("reads British-style quotations, with apostrophes inside them", () => {
    expect(
      quoted(
        "'It's the players' union that decides,' said Tom Jones. 'They're right.'",
        "Mr Smith told the BBC: ‘We have done nothing wrong.’",
      ),
    ).toEqual([
      "It's the players' union that decides,",
      "They're right.",
      "We have done nothing wrong.",
    ]);
  });

  it("leaves single marks alone where they cannot be told from apostrophes", () => {
    expect(
      quoted(
        "The plan was 'dead in the water', critics said, and the '90s are over.",
        "He joined the 'All Golds' side, later called 'The Invincibles' for 'cheating,' they said.",
      ),
    ).toEqual([]);
  });

  it("leaves single marks nested in a paragraph's double quotations to them", () => {
    expect(quoted("“He told me, 'We will win.' I believed him,” she said.")).toEqual([]);
  });

  // A dash makes the paragraph two-byte, where a search for a curly mark it lacks reads to its end:
  // searched again for every apostrophe, this took minutes. The timeout only catches such a blow-up.
  it("reads a long paragraph of apostrophes and opening marks once", { timeout: 60_000 }, () => {
    const paragraph = "It's the players' union — 'Hello there — and 'We won,' she said. ".repeat(
      25_000,
    );
    expect(quoted(paragraph)).toHaveLength(25_000);
  });
});
