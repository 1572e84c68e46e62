import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Block, type Entity, spanText } from "@news/schema";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../figures/index.js";
import { extractQuotes } from "../quotes/index.js";
import { extractEntities } from "./index.js";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const shared = process.env.NEWS_SHARED ?? resolve(repoRoot, "../shared");
const corpus = join(shared, "corpus", "bbc");
const hasCorpus = existsSync(corpus);
if (!hasCorpus)
  console.warn(`extraction corpus checks skipped: ${corpus} not found (set NEWS_SHARED)`);

/** Every tenth BBC article of each section, as paragraph blocks (headline and blank lines dropped). */
function sample(): { path: string; blocks: Block[] }[] {
  return readdirSync(corpus)
    .filter((section) => !section.includes("."))
    .flatMap((section) =>
      readdirSync(join(corpus, section))
        .filter((name, index) => name.endsWith(".txt") && index % 10 === 0)
        .map((name) => {
          const path = join(corpus, section, name);
          const paragraphs = readFileSync(path, "latin1")
            .split(/\n\s*\n/)
            .slice(1);
          const blocks: Block[] = paragraphs
            .map((text) => text.trim())
            .filter((text) => text.length > 0)
            .map((text, index) => ({ type: "paragraph", text, line: index + 1 }));
          return { path, blocks };
        }),
    );
}

const STOPWORD_START =
  /^(?:The|A|An|But|And|He|She|It|They|We|In|On|At|Of|For|If|This|That|However|Mr|Mrs|Ms|Dr)\b/;

describe.skipIf(!hasCorpus)("extraction on the BBC corpus", () => {
  const articles = hasCorpus ? sample() : [];
  const results = articles.map(({ path, blocks }) => {
    const entities = extractEntities(blocks, { title: "", language: "en" });
    return {
      path,
      blocks,
      entities,
      ...extractQuotes(blocks, entities),
      figures: extractFigures(blocks),
    };
  });

  it("slices every entity mention to the entity's name or an alias", () => {
    for (const { blocks, entities } of results) {
      for (const entity of entities) {
        for (const mention of entity.mentions) {
          const slice = blocks[mention.blockIndex]?.text.slice(mention.start, mention.end);
          expect([entity.name, ...entity.aliases]).toContain(slice);
        }
      }
    }
  });

  it("starts no entity name with a grammar word or title, and keeps ids unique", () => {
    const bad: string[] = [];
    for (const { entities } of results) {
      for (const entity of entities) if (STOPWORD_START.test(entity.name)) bad.push(entity.name);
      expect(new Set(entities.map((entity: Entity) => entity.id)).size).toBe(entities.length);
    }
    expect(bad).toEqual([]);
  });

  it("slices every quotation and figure to its text", () => {
    for (const { blocks, quotes, figures } of results) {
      for (const quote of quotes) expect(spanText(blocks, quote)).toBe(quote.text);
      for (const figure of figures) {
        expect(blocks[figure.blockIndex]?.text.slice(figure.start, figure.end)).toBe(figure.text);
        expect(Number.isFinite(figure.value)).toBe(true);
      }
    }
  });

  it("attributes most quotations introduced or closed by “said” to a speaker", () => {
    let said = 0;
    let attributed = 0;
    for (const { blocks, quotes } of results) {
      for (const quote of quotes) {
        if (quote.kind !== "statement" || quote.endBlockIndex !== undefined) continue;
        const text = blocks[quote.blockIndex]?.text ?? "";
        const around = `${text.slice(Math.max(0, quote.start - 40), quote.start)} ${text.slice(quote.end, quote.end + 40)}`;
        if (!/\bsaid\b/.test(around)) continue;
        said++;
        if (quote.speaker !== undefined) attributed++;
      }
    }
    expect(said).toBeGreaterThan(100);
    expect(attributed / said).toBeGreaterThan(0.8);
  });

  it("finds people, organisations and places in most articles", () => {
    const withPeople = results.filter(({ entities }) =>
      entities.some((entity) => entity.type === "person"),
    );
    const withPlaces = results.filter(({ entities }) =>
      entities.some((entity) => entity.type === "place"),
    );
    expect(withPeople.length / results.length).toBeGreaterThan(0.7);
    expect(withPlaces.length / results.length).toBeGreaterThan(0.5);
  });
});
