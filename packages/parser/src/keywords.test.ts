import type { Block, Entity } from "@news/schema";
import { describe, expect, it } from "vitest";
import { buildKeywords } from "./keywords.js";
import { resolveLanguage } from "./language.js";

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
      title: "Steel tariffs",
      blocks,
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
    const keywords = buildKeywords({ tags: [], entities, title: "", blocks: [], language: "en" });
    expect(keywords).toEqual(["Ann", "Bob", "Cy", "Dee"]);
  });

  it("does not repeat a keyword in another case", () => {
    const keywords = buildKeywords({
      tags: ["steel"],
      entities: [],
      title: "Steel",
      blocks,
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
    expect(resolveLanguage(undefined, [text])).toEqual({ language, detected: true });
  });

  it("prefers a valid stated language", () => {
    expect(resolveLanguage("pt-BR", ["The text is English."])).toEqual({
      language: "pt-BR",
      detected: true,
    });
  });

  it("falls back to en when nothing can be detected", () => {
    expect(resolveLanguage(undefined, ["12345 67890"])).toEqual({
      language: "en",
      detected: false,
    });
  });
});
