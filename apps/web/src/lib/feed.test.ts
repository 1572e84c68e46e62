import type { ArticleSummary } from "@news/schema";
import { describe, expect, it } from "vitest";
import { buildFeed } from "./feed";

const summary = (overrides: Partial<ArticleSummary>): ArticleSummary => ({
  id: "a1",
  slug: "a-story",
  title: "A story",
  summary: "What happened.",
  language: "en",
  indexedAt: "2025-12-11T09:30:00Z",
  keywords: [],
  wordCount: 100,
  readingTimeMinutes: 1,
  ...overrides,
});

describe("buildFeed", () => {
  it("renders RSS and Atom items with absolute links and escaped text", () => {
    const feed = buildFeed([
      summary({ title: "Tariffs <rise> & fall", publishedAt: "2025-12-10" }),
      summary({ id: "a2", slug: "second", title: "Second" }),
    ]);
    const rss = feed.rss2();
    expect(rss).toContain("<rss");
    expect(rss).toContain("http://localhost:3000/articles/a-story");
    expect(rss).toContain("<![CDATA[Tariffs <rise> & fall]]>");
    expect(rss).toContain("Wed, 10 Dec 2025");
    const atom = feed.atom1();
    expect(atom).toContain("http://localhost:3000/articles/second");
  });

  it("keeps a title containing the CDATA terminator well-formed", () => {
    const rss = buildFeed([summary({ title: "a ]]> <b>" })]).rss2();
    expect(rss).not.toMatch(/<!\[CDATA\[a \]\]> <b>/);
  });

  it("is a valid empty feed when nothing is indexed", () => {
    expect(buildFeed([]).rss2()).toContain("<channel>");
  });
});
