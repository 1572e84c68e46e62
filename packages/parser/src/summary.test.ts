import type { Block } from "@news/schema";
import { describe, expect, it } from "vitest";
import { cutAtSentence } from "./sentences.js";
import { buildSlug } from "./slug.js";
import { buildSummary } from "./summary.js";

const paragraph = (text: string): Block => ({ type: "paragraph", text });

describe("buildSummary", () => {
  const lede =
    "Prime Minister Narendra Modi spoke with U.S. President Donald Trump on Thursday. The two leaders discussed trade. " +
    "They also discussed the war in Ukraine, the situation in the Middle East and a range of other issues that " +
    "have strained ties between the two countries over the past year, officials said. Talks go on.";

  it("cuts the lede at a sentence end within 300 characters", () => {
    const summary = buildSummary([paragraph(lede)], { highlights: [] });
    expect(summary).toBe(
      "Prime Minister Narendra Modi spoke with U.S. President Donald Trump on Thursday. The two leaders discussed trade.",
    );
  });

  it("keeps a short lede whole", () => {
    expect(buildSummary([paragraph("Short lede.")], { highlights: [] })).toBe("Short lede.");
  });

  it("prefers the stated summary, then highlights", () => {
    expect(buildSummary([paragraph(lede)], { summary: "Stated.", highlights: ["One"] })).toBe(
      "Stated.",
    );
    expect(buildSummary([paragraph(lede)], { highlights: ["One", "Two."] })).toBe("One. Two.");
  });

  it("cuts one very long sentence at a word boundary", () => {
    const summary = cutAtSentence(`${"word ".repeat(100)}end.`, 300);
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary.endsWith("…")).toBe(true);
  });
});

describe("buildSlug", () => {
  it("makes lowercase ASCII words joined by hyphens", () => {
    expect(buildSlug("Modi and Trump Converse: Ça va, Zürich?", "x")).toBe(
      "modi-and-trump-converse-ca-va-zurich",
    );
  });

  it("turns each run of other characters into one hyphen, none at either end", () => {
    expect(buildSlug("--'Brexit' -- 2,500 jobs (UK)...", "x")).toBe("brexit-2-500-jobs-uk");
    expect(buildSlug("A", "x")).toBe("a");
  });

  it("cuts at a word boundary within 80 characters", () => {
    const slug = buildSlug("Word ".repeat(40), "x");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.endsWith("word")).toBe(true);
  });

  it("falls back when the title has nothing to transliterate", () => {
    expect(buildSlug("!!! ???", "article-abc")).toBe("article-abc");
  });
});
