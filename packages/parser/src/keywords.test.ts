import type { Block, Entity } from "@news/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKeywords } from "./keywords.js";
import { resolveLanguage } from "./language.js";
import { readStoryWords } from "./story-words.js";

const blocks: Block[] = [
  {
    type: "paragraph",
    text: "The tariffs on steel rose again. Steel makers said the tariffs hurt exports.",
  },
  { type: "paragraph", text: "Modi met Trump. Exports of steel fell, and tariffs stayed." },
];

const entity = (name: string, mentions: number): Entity => ({
  id: `person:${name.toLowerCase()}`,
  type: "person",
  name,
  aliases: [],
  mentions: Array.from({ length: mentions }, () => ({ blockIndex: 0, start: 0, end: name.length })),
});

describe("buildKeywords", () => {
  it("puts tags first, then entities by mentions, then repeated terms, without stopwords", () => {
    const keywords = buildKeywords({
      tags: ["Trade"],
      entities: [entity("Trump", 1), entity("Modi", 3)],
      words: readStoryWords("Steel tariffs", blocks),
      language: "en",
    });
    expect(keywords.slice(0, 3)).toEqual(["Trade", "Modi", "Trump"]);
    expect(keywords).toContain("steel");
    expect(keywords).toContain("tariffs");
    expect(keywords).not.toContain("the");
    expect(keywords).not.toContain("said");
    expect(keywords.length).toBeLessThanOrEqual(12);
  });

  it("leaves out entities mentioned once after the first three", () => {
    const entities = [
      entity("Ann", 5),
      entity("Bob", 4),
      entity("Cy", 3),
      entity("Dee", 2),
      entity("Eve", 1),
    ];
    const keywords = buildKeywords({
      tags: [],
      entities,
      words: readStoryWords("", []),
      language: "en",
    });
    expect(keywords).toEqual(["Ann", "Bob", "Cy", "Dee"]);
  });

  it("keeps the entities a full sort would: most mentioned first, ties in order of first mention", () => {
    const mentioned = fc.record({
      count: fc.integer({ min: 0, max: 4 }),
      blockIndex: fc.integer({ min: 0, max: 2 }),
      start: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(mentioned, { maxLength: 14 }), (specs) => {
        const entities: Entity[] = specs.map(({ count, blockIndex, start }, index) => ({
          id: `person:e${index}`,
          type: "person",
          name: `E${index}`,
          aliases: [],
          mentions: Array.from({ length: count }, () => ({ blockIndex, start, end: start + 1 })),
        }));
        const first = (entity: Entity) => entity.mentions[0] ?? { blockIndex: 0, start: 0 };
        const expected = entities
          .filter((entity) => entity.mentions.length > 0)
          .sort(
            (a, b) =>
              b.mentions.length - a.mentions.length ||
              first(a).blockIndex - first(b).blockIndex ||
              first(a).start - first(b).start,
          )
          .filter((entity, rank) => rank < 3 || entity.mentions.length >= 2)
          .slice(0, 6)
          .map((entity) => entity.name);
        const words = readStoryWords("", []);
        expect(buildKeywords({ tags: [], entities, words, language: "en" })).toEqual(expected);
      }),
    );
  });

  it("leaves out terms that are words of a chosen entity's name, but not parts of its words", () => {
    const text = "Indo-Pacific pacific pacific indo-pacific. Smith's smith smith. Ocean ocean.";
    const keywords = buildKeywords({
      tags: [],
      entities: [{ ...entity("Indo-Pacific Command", 2), aliases: ["Smith"] }],
      words: readStoryWords("", [{ type: "paragraph", text }]),
      language: "en",
    });
    expect(keywords).toEqual(["Indo-Pacific Command", "pacific", "ocean"]);
  });

  it("ranks terms by count after plurals merge, ties in the order first seen", () => {
    const text = "Kiwis mango mango melon melon melon kiwis. Pears pear pears pears pear.";
    const keywords = buildKeywords({
      tags: [],
      entities: [],
      words: readStoryWords("", [{ type: "paragraph", text }]),
      language: "en",
    });
    expect(keywords).toEqual(["pears", "melon", "kiwis", "mango"]);
  });

  it("does not repeat a keyword in another case", () => {
    const keywords = buildKeywords({
      tags: ["steel"],
      entities: [],
      words: readStoryWords("Steel", blocks),
      language: "en",
    });
    expect(keywords.filter((keyword) => keyword.toLowerCase() === "steel")).toHaveLength(1);
  });
});

describe("resolveLanguage", () => {
  it.each([
    [
      "en",
      "The government announced on Tuesday a series of measures to support the economy after prices rose.",
    ],
    [
      "fr",
      "Le gouvernement a annoncé mardi une série de mesures pour soutenir l'économie face à la hausse des prix.",
    ],
    [
      "de",
      "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Wirtschaft angekündigt.",
    ],
    [
      "es",
      "El Gobierno anunció el martes un paquete de medidas para apoyar a la economía tras la subida de precios.",
    ],
  ])("detects %s", (language, text) => {
    expect(resolveLanguage(undefined, text, [])).toEqual({ language, detected: true });
  });

  it("prefers a valid stated language", () => {
    expect(resolveLanguage("pt-BR", "The text is English.", [])).toEqual({
      language: "pt-BR",
      detected: true,
    });
  });

  it("falls back to en when nothing can be detected", () => {
    expect(resolveLanguage(undefined, "12345 67890", [])).toEqual({
      language: "en",
      detected: false,
    });
  });
});
