import { describe, expect, it } from "vitest";
import { readText } from "./read-text.js";
import { cutAtSentence, sentenceEnds } from "./sentences.js";
import { resolveTitle } from "./title.js";

describe("readText", () => {
  it("takes the first line as the headline when a blank line follows", () => {
    const draft = readText("\nHeadline: with a colon\n\nFirst paragraph.\n\nSecond.");
    expect(draft.title).toEqual({ text: "Headline: with a colon", line: 2 });
    expect(draft.blocks.map((block) => block.line)).toEqual([4, 6]);
  });

  it("takes a short unpunctuated first line as the headline with no blank line after it", () => {
    expect(readText("Headline here\nFirst paragraph.").title?.text).toBe("Headline here");
  });

  it("does not take an opening paragraph for a headline", () => {
    const draft = readText("The bank raised rates on Wednesday.\nMarkets fell.");
    expect(draft.title).toBeUndefined();
    expect(draft.blocks).toHaveLength(2);
  });

  it("splits CNN highlights from the body", () => {
    const draft = readText("Body.\n\n@highlight\n\nFirst point\n\n@highlight\n\nSecond point\n");
    expect(draft.title).toBeUndefined();
    expect(draft.highlights).toEqual(["First point", "Second point"]);
    expect(draft.blocks.map((block) => block.text)).toEqual(["Body."]);
  });
});

describe("resolveTitle", () => {
  it("prefers the stated title and strips flags from a derived one", () => {
    const draft = readText("Body.\n\n@highlight\n\nNEW: Senate passes  the bill\n");
    expect(resolveTitle(draft, []).title).toBe("Senate passes the bill");
    expect(resolveTitle({ ...draft, meta: { title: "Stated" } }, []).title).toBe("Stated");
  });

  it("has no title for a document without text", () => {
    expect(resolveTitle(readText("\n"), []).title).toBeUndefined();
  });
});

describe("sentences", () => {
  it("does not end a sentence at an abbreviation or an initial", () => {
    const text = "Mr. Smith met U.S. officials and J. Doe. They talked.";
    expect(sentenceEnds(text)).toEqual([40, text.length]);
  });

  it("ends sentences at CJK full stops", () => {
    expect(sentenceEnds("政府宣布了新措施。市场上涨。")).toEqual([9, 14]);
  });

  it("cuts at the last sentence end that fits", () => {
    expect(cutAtSentence("One two. Three four. Five six seven.", 22)).toBe("One two. Three four.");
  });
});
