/**
 * Test-only helpers that build articles with correct offsets. Not exported from the package.
 */
import { createHash } from "node:crypto";
import type { Article, Block, Entity, EntityType, Figure, Quote, TextSpan } from "../article.js";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The span of the `occurrence`-th (0-based) `text` in `blocks[blockIndex]`; throws when absent. */
export function spanOf(
  blocks: readonly Block[],
  blockIndex: number,
  text: string,
  occurrence = 0,
): TextSpan {
  const blockText = blocks[blockIndex]?.text;
  if (blockText === undefined) throw new Error(`fixture: no block ${blockIndex}`);
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = blockText.indexOf(text, start + 1);
    if (start === -1)
      throw new Error(`fixture: '${text}' #${occurrence} not in block ${blockIndex}`);
  }
  return { blockIndex, start, end: start + text.length };
}

/** Every whole-word occurrence of each form in every block, in reading order. */
export function mentionsOf(blocks: readonly Block[], forms: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const form of forms) {
      for (let at = block.text.indexOf(form); at !== -1; at = block.text.indexOf(form, at + 1)) {
        const before = block.text[at - 1] ?? " ";
        const after = block.text[at + form.length] ?? " ";
        if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) {
          spans.push({ blockIndex, start: at, end: at + form.length });
        }
      }
    }
  });
  return spans.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start);
}

export function entityOf(
  blocks: readonly Block[],
  type: EntityType,
  name: string,
  aliases: string[] = [],
): Entity {
  const id = `${type}:${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
  return { id, type, name, aliases, mentions: mentionsOf(blocks, [name, ...aliases]) };
}

export function quoteOf(
  blocks: readonly Block[],
  blockIndex: number,
  text: string,
  details: Omit<Quote, keyof TextSpan | "text">,
): Quote {
  return { ...spanOf(blocks, blockIndex, text), text, ...details };
}

export function figureOf(
  blocks: readonly Block[],
  blockIndex: number,
  text: string,
  details: Omit<Figure, keyof TextSpan | "text">,
  occurrence = 0,
): Figure {
  return { ...spanOf(blocks, blockIndex, text, occurrence), text, ...details };
}

export function countWords(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0);
}

/** The smallest valid article around the given blocks, for tests that build their own. */
export function articleWith(blocks: Block[], extra: Partial<Article> = {}): Article {
  const body = blocks.map((block) => block.text).join("\n\n");
  const wordCount = countWords(blocks);
  return {
    schemaVersion: 1,
    id: "test-article",
    slug: "test-article",
    title: "Test article",
    language: "en",
    summary: "",
    keywords: [],
    blocks,
    quotes: [],
    entities: [],
    figures: [],
    wordCount,
    readingTimeMinutes: Math.ceil(wordCount / 230),
    source: {
      format: "text",
      sha256: createHash("sha256").update(body).digest("hex"),
      bytes: Buffer.byteLength(body),
    },
    warnings: [],
    ...extra,
  };
}

const SEED_TITLE =
  "Modi and Trump Converse Amid Trade Impasse: Signals of Renewed U.S.-India Partnership";

const SEED_BLOCKS: Block[] = [
  {
    type: "paragraph",
    line: 3,
    text: "As negotiators from India and the United States intensify efforts to secure a bilateral trade agreement, Prime Minister Narendra Modi engaged in a telephone conversation with President Donald Trump on Thursday. The leaders reaffirmed their dedication to advancing mutual cooperation and addressed pressing regional and global matters. This dialogue occurred shortly after Modi’s summit with Russian President Vladimir Putin and amid accelerating initiatives to resolve the Russia-Ukraine conflict, drawing on Trump’s proposed peace framework.",
  },
  {
    type: "paragraph",
    line: 4,
    text: "Described as “warm and engaging,” the call focused on bilateral progress and broader geopolitical concerns. Negotiators are striving to bridge gaps, particularly over U.S. demands for greater market entry for agricultural goods such as corn and soybeans. Formal talks on the trade pact have been underway since March.",
  },
  {
    type: "paragraph",
    line: 5,
    text: "On X, Modi shared: “Had very warm and engaging conversation with President Trump. We reviewed progress in our bilateral relations and discussed regional and international developments. India and the US will continue to work together for global peace, stability and prosperity.”",
  },
  {
    type: "related",
    line: 6,
    label: "ALSO READ",
    text: "PM Modi Holds Talks with Trump, Stresses Boosting Trade Amid Rising Tariff Tensions",
  },
  {
    type: "paragraph",
    line: 7,
    text: "Sources indicate Modi reiterated India’s backing for global peace initiatives during the call. An official Indian statement noted: “Modi and Trump reviewed the steady progress in India-US bilateral relations and exchanged views on key regional and global developments.”",
  },
  {
    type: "paragraph",
    line: 8,
    text: "This marked their first direct contact since a post-Diwali call earlier this month, reflecting heightened engagement from both capitals. Substantial headway has been made across various sectors, though trade remains a sticking point. The Trump administration maintains a 50% import duty on select Indian goods—comprising a 25% reciprocal tariff plus an additional 25% secondary levy tied to India’s purchases of Russian oil and defense equipment. These measures have adversely affected key Indian exports, including textiles, leather, gems and jewelry, and shrimp.",
  },
  {
    type: "paragraph",
    line: 9,
    text: "Despite ongoing discussions between envoys, the U.S. has not lifted the tariffs. U.S. Trade Representative Jamieson Greer recently acknowledged that India’s current proposal represents the most favorable offer to date.",
  },
  {
    type: "paragraph",
    line: 10,
    text: "The interaction aligns with broader steps to reinvigorate relations following trade frictions. The U.S. aligned with India and fellow Quad members—Australia and Japan—in denouncing the recent Red Fort terror attack during a Quad counter-terrorism forum. Bilateral anti-terrorism talks also proceeded independently.",
  },
  {
    type: "paragraph",
    line: 11,
    text: "This week, foreign office consultations between New Delhi and Washington zeroed in on core issues like trade and investment, defense cooperation, the TRUST initiative for critical technologies, energy partnerships including civil nuclear energy, and essential minerals. From the U.S. perspective, these sessions aimed to operationalize the vision outlined by Trump and Modi in their February summit, fostering tangible outcomes that bolster American security, employment, and economic edge while advancing India’s strategic objectives.",
  },
  {
    type: "paragraph",
    line: 12,
    text: "A U.S. Embassy spokesperson elaborated: “The Under Secretary emphasised US’ aim to deepen cooperation in defense, energy, technology, space, and trusted supply chains and the value of US-India cooperation that fuels US innovation while supporting India’s rise as a global technology leader.”",
  },
  {
    type: "paragraph",
    line: 13,
    text: "Although the U.S. readout omitted mention of the Indo-Pacific region, Indian officials highlighted that the talks encompassed mutual interests worldwide, with both nations reaffirming their joint pledge to uphold a free and open Indo-Pacific.",
  },
];

/**
 * A hand-checked article built from the seed text (seeds/000_3e38a193c9175502.txt), with a
 * byline and publication date added so that every optional part of the schema is exercised.
 * Returns a fresh object on each call, so tests may mutate it.
 */
export function seedArticle(): Article {
  const blocks = structuredClone(SEED_BLOCKS);
  const modi = entityOf(blocks, "person", "Narendra Modi", ["Modi"]);
  const embassy = entityOf(blocks, "organization", "U.S. Embassy");
  const entities: Entity[] = [
    modi,
    entityOf(blocks, "person", "Donald Trump", ["Trump"]),
    entityOf(blocks, "person", "Vladimir Putin"),
    entityOf(blocks, "person", "Jamieson Greer"),
    entityOf(blocks, "place", "India"),
    entityOf(blocks, "place", "United States", ["U.S.", "US"]),
    entityOf(blocks, "place", "New Delhi"),
    entityOf(blocks, "place", "Washington"),
    entityOf(blocks, "place", "Australia"),
    entityOf(blocks, "place", "Japan"),
    entityOf(blocks, "place", "Indo-Pacific"),
    entityOf(blocks, "organization", "Quad"),
    embassy,
    entityOf(blocks, "event", "Red Fort terror attack"),
    entityOf(blocks, "event", "Russia-Ukraine conflict"),
  ];
  const quotes: Quote[] = [
    quoteOf(blocks, 1, "warm and engaging,", { kind: "fragment" }),
    quoteOf(
      blocks,
      2,
      "Had very warm and engaging conversation with President Trump. We reviewed progress in our bilateral relations and discussed regional and international developments. India and the US will continue to work together for global peace, stability and prosperity.",
      {
        kind: "statement",
        speaker: "Narendra Modi",
        speakerType: "person",
        speakerEntityId: modi.id,
        channel: "X",
      },
    ),
    quoteOf(
      blocks,
      4,
      "Modi and Trump reviewed the steady progress in India-US bilateral relations and exchanged views on key regional and global developments.",
      { kind: "statement", speaker: "An official Indian statement", speakerType: "statement" },
    ),
    quoteOf(
      blocks,
      9,
      "The Under Secretary emphasised US’ aim to deepen cooperation in defense, energy, technology, space, and trusted supply chains and the value of US-India cooperation that fuels US innovation while supporting India’s rise as a global technology leader.",
      {
        kind: "statement",
        speaker: "U.S. Embassy",
        speakerType: "organization",
        speakerEntityId: embassy.id,
      },
    ),
  ];
  const figures: Figure[] = [
    figureOf(blocks, 5, "50%", { kind: "percent", value: 50 }),
    figureOf(blocks, 5, "25%", { kind: "percent", value: 25 }, 0),
    figureOf(blocks, 5, "25%", { kind: "percent", value: 25 }, 1),
  ];
  return articleWith(blocks, {
    id: "3e38a193c9175502",
    slug: "modi-and-trump-converse-amid-trade-impasse-signals-of-renewed-u-s-india",
    title: SEED_TITLE,
    dateline: { raw: "NEW DELHI:", place: "New Delhi" },
    byline: { raw: "By Asha Menon and Tom Reed", authors: ["Asha Menon", "Tom Reed"] },
    publishedAt: "2025-12-11T09:30:00Z",
    updatedAt: "2025-12-11T11:05:00+05:30",
    language: "en",
    section: "world",
    summary:
      "Prime Minister Narendra Modi and President Donald Trump spoke by phone as India and the United States work towards a bilateral trade agreement.",
    keywords: ["India", "United States", "trade", "tariffs", "diplomacy"],
    quotes,
    entities,
    figures,
    source: {
      format: "text",
      sha256: "fd0a4f0d8b7a1c0e4b7e2d9c3f5a6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6",
      bytes: 3814,
      path: "seeds/000_3e38a193c9175502.txt",
      encoding: "utf-8",
    },
  });
}
