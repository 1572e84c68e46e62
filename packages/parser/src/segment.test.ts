import { describe, expect, it } from "vitest";
import { numberLines, segmentLines } from "./segment.js";

const segment = (text: string) => segmentLines(numberLines(text));

describe("segmentLines", () => {
  it("splits paragraphs at blank lines and numbers them by source line", () => {
    const blocks = segment("First paragraph.\n\nSecond paragraph.\n\n\nThird.");
    expect(blocks.map((block) => [block.text, block.line])).toEqual([
      ["First paragraph.", 1],
      ["Second paragraph.", 3],
      ["Third.", 6],
    ]);
  });

  it("makes one block per line when lines are broken on purpose", () => {
    const long = "This sentence is long enough to be a whole paragraph of its own in web copy.";
    const blocks = segment(`${long}\nShort one.\n${long}`);
    expect(blocks).toHaveLength(3);
  });

  it("joins a hard-wrapped paragraph back into one block", () => {
    const text = [
      "The government said on Tuesday that it would raise",
      "taxes on fuel next year, a move that critics said",
      "would hurt families.",
    ].join("\n");
    const blocks = segment(text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe(
      "The government said on Tuesday that it would raise taxes on fuel next year, a move that critics said would hurt families.",
    );
  });

  it("keeps short lines apart: they are not wrapped text", () => {
    expect(segment("By JANE DOE\nAssociated Press")).toHaveLength(2);
  });

  it("keeps a list set off by blank lines as one block, items on their own lines", () => {
    const blocks = segment("Intro paragraph.\n\n- first item\n - second item\n\nOutro.");
    expect(blocks.map((block) => block.text)).toEqual([
      "Intro paragraph.",
      "- first item\n- second item",
      "Outro.",
    ]);
  });

  it("reads list lines in line-per-paragraph copy as list items", () => {
    const blocks = segment(
      "A paragraph that is long enough to be one.\n• first item\n• second item",
    );
    expect(blocks.map((block) => block.kind)).toEqual(["prose", "list-item", "list-item"]);
    expect(blocks[1]?.text).toBe("first item");
  });
});
