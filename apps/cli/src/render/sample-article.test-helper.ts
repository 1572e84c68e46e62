import type { Article } from "@news/schema";

/** A small hand-made article with a dateline, a byline, a quotation and entities, for renderer tests. */
export function sampleArticle(): Article {
  const lead = 'PORTVILLE - Mayor Elena Ruiz said: "The bridge reopens in May."';
  return {
    schemaVersion: 1,
    id: "0123456789abcdef",
    slug: "bridge-reopens",
    title: "Bridge *Reopens* in May",
    dateline: { raw: "PORTVILLE -", place: "Portville" },
    byline: { raw: "By Sam Lee", authors: ["Sam Lee"] },
    publishedAt: "2025-03-03",
    language: "en",
    section: "local",
    summary: "The bridge reopens in May.",
    keywords: ["bridge"],
    blocks: [
      { type: "paragraph", text: lead },
      { type: "heading", text: "What changes", level: 2 },
      {
        type: "related",
        text: "Earlier coverage",
        label: "ALSO READ",
        url: "https://example.com/a",
      },
    ],
    quotes: [
      {
        blockIndex: 0,
        start: lead.indexOf("The bridge"),
        end: lead.indexOf("May.") + 4,
        text: "The bridge reopens in May.",
        speaker: "Elena Ruiz",
        speakerType: "person",
        kind: "statement",
      },
      { blockIndex: 0, start: 0, end: 9, text: "PORTVILLE", kind: "term" },
    ],
    entities: [
      {
        id: "person:elena-ruiz",
        type: "person",
        name: "Elena Ruiz",
        aliases: ["Ruiz"],
        mentions: [
          { blockIndex: 0, start: lead.indexOf("Elena"), end: lead.indexOf("Elena") + 10 },
        ],
      },
      {
        id: "place:portville",
        type: "place",
        name: "Portville",
        aliases: ["PORTVILLE"],
        mentions: [{ blockIndex: 0, start: 0, end: 9 }],
      },
    ],
    figures: [],
    wordCount: 12,
    readingTimeMinutes: 1,
    source: { format: "text", sha256: "a".repeat(64), bytes: 80 },
    warnings: [],
  };
}
