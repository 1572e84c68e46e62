import { describe, expect, it } from "vitest";
import { paragraphs } from "../entities/testing/seed-blocks.js";
import { scanQuotationMarks } from "./scan-marks.js";

function texts(blocksText: string[]): string[] {
  const blocks = paragraphs(...blocksText);
  return scanQuotationMarks(blocks).quotations.map((quotation) =>
    quotation.pieces
      .map((piece) => blocks[piece.blockIndex]?.text.slice(piece.start, piece.end))
      .join("|"),
  );
}

describe("scanQuotationMarks", () => {
  it("pairs curly and straight double quotes, keeping nested single quotes inside", () => {
    expect(texts(['He said “it was ‘fine’ really” and "we agree" today.'])).toEqual([
      "it was ‘fine’ really",
      "we agree",
    ]);
  });

  it("joins a quotation over several paragraphs when each continued paragraph reopens with a mark", () => {
    const blocks = paragraphs(
      "“We will build it.",
      "“And we will pay for it,” she said.",
      "Then she left.",
    );
    const { quotations, unbalanced } = scanQuotationMarks(blocks);
    expect(unbalanced).toEqual([]);
    expect(quotations).toHaveLength(1);
    expect(quotations[0]?.pieces.map((piece) => piece.blockIndex)).toEqual([0, 1]);
    expect(texts(['"First part.', '"Second part.', '"Last part," he said.'])).toEqual([
      "First part.|Second part.|Last part,",
    ]);
  });

  it("reports a mark left open when the next paragraph does not reopen, and a stray closing mark", () => {
    const blocks = paragraphs("He said “this never closes.", "Next paragraph.", "A stray ” mark.");
    const { quotations, unbalanced } = scanQuotationMarks(blocks);
    expect(quotations).toEqual([]);
    expect(unbalanced).toEqual([
      { blockIndex: 0, offset: 8 },
      { blockIndex: 2, offset: 8 },
    ]);
  });

  // Linearity is measured by the benchmark (tooling/bench); the generous timeout only catches a
  // catastrophic (super-linear) blow-up, without asserting wall time on a busy machine.
  it("reads a megabyte of quotation marks", { timeout: 120_000 }, () => {
    const blocks = paragraphs("“a” ".repeat(250_000), '"'.repeat(1_000_000), "“".repeat(500_000));
    const { quotations } = scanQuotationMarks(blocks);
    expect(quotations.length).toBeGreaterThanOrEqual(250_000);
  });
});
