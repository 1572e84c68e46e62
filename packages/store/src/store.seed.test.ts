import { readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseArticle } from "@news/parser";
import {
  Article,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  pageOf,
  QuoteRecord,
  SearchHit,
  StoreStats,
} from "@news/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "./index.js";
import { seedFile, seedsDir, tempDir } from "./testing/fixtures.js";

const temp = tempDir();
let store: Store;
const parsedSeed = safeParseArticle(readFileSync(seedFile), { path: seedFile });
const seed = parsedSeed.ok ? parsedSeed.article : undefined;

beforeAll(async () => {
  store = openStore({ path: join(temp.dir, "db", "news.db") });
  const result = await store.indexFiles(seedsDir);
  expect(result).toMatchObject({ indexed: 1, failed: 0 });
});

afterAll(() => {
  store.close();
  temp.cleanup();
});

describe("the seed article", () => {
  it("parses", () => {
    expect(seed).toBeDefined();
  });

  it("is found by slug and by id, as the parser made it", () => {
    if (!seed) throw new Error("seed did not parse");
    const bySlug = store.getArticle(seed.slug);
    expect(Article.parse(bySlug)).toEqual(seed);
    expect(store.getArticle(seed.id)).toEqual(seed);
    expect(store.getArticle("no-such-article")).toBeNull();
  });

  it("has a list entry by slug and by id, with when it was first indexed", () => {
    if (!seed) throw new Error("seed did not parse");
    const summary = ArticleSummary.parse(store.getArticleSummary(seed.slug));
    expect(summary.id).toBe(seed.id);
    expect(summary.title).toBe(seed.title);
    expect(summary.summary).toBe(seed.summary);
    expect(Date.parse(summary.indexedAt)).toBeGreaterThan(Date.parse("2026-01-01"));
    expect(store.getArticleSummary(seed.id)).toEqual(summary);
    expect(store.getArticleSummary("no-such-article")).toBeNull();
  });

  it("is listed", () => {
    const page = pageOf(ArticleSummary).parse(store.listArticles());
    expect(page.items.map((item) => item.id)).toEqual([seed?.id]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]?.title).toBe(seed?.title);
  });

  it('is found by "tariff" with a snippet that marks the match', () => {
    const page = pageOf(SearchHit).parse(store.search("tariff"));
    expect(page.items).toHaveLength(1);
    const hit = page.items[0];
    expect(hit?.id).toBe(seed?.id);
    const matches = hit?.snippet.filter((part) => part.match) ?? [];
    expect(matches.length).toBeGreaterThan(0);
    for (const part of matches) expect(part.text.toLowerCase()).toMatch(/^tariff/);
    expect(hit?.snippet.map((part) => part.text).join("")).not.toMatch(/[\uE000\uE001<>]/);
  });

  it("answers phrases, prefixes and misses", () => {
    expect(store.search('"telephone conversation"').items).toHaveLength(1);
    expect(store.search('"conversation telephone"').items).toHaveLength(0);
    expect(store.search("soyb*").items).toHaveLength(1);
    expect(store.search("tariff quantumchromodynamics").items).toHaveLength(0);
    expect(store.search("TARIFFS").items).toHaveLength(1);
  });

  it("filters search and lists by section", () => {
    expect(store.search("tariff", { section: "nowhere" }).items).toHaveLength(0);
    expect(store.listArticles({ section: "nowhere" }).items).toHaveLength(0);
  });

  it("survives hostile queries", () => {
    const hostile = [
      '"',
      "NEAR(",
      "*",
      "tariff OR",
      "-",
      "🙂",
      "x".repeat(10_240),
      "tariff ".repeat(2000),
      "\u0000\uE000\uE001",
      "title:tariff",
      "tariff AND",
      "(tariff",
      "tariff)",
      "^tariff",
      "'; DROP TABLE articles; --",
      "{title body}: tariff",
      '"tariff',
      "a*b*c*",
    ];
    for (const query of hostile) {
      const page = pageOf(SearchHit).parse(store.search(query));
      expect(page.items.length, query).toBeLessThanOrEqual(1);
      for (const entityType of ["person", "place"] as const) {
        expect(() => store.search(query, { entityType }), query).not.toThrow();
      }
    }
    expect(store.search("tariff OR").items).toHaveLength(1);
    expect(store.stats().articles).toBe(1);
  });

  it("reports stats", () => {
    const stats = StoreStats.parse(store.stats());
    expect(stats.articles).toBe(1);
    expect(stats.words).toBe(seed?.wordCount);
    expect(stats.quotes).toBe(seed?.quotes.length);
    expect(stats.figures).toBe(seed?.figures.length);
    const entityTotal = Object.values(stats.entities).reduce((sum, count) => sum + count, 0);
    expect(entityTotal).toBe(new Set(seed?.entities.map((e) => `${e.type}:${e.name}`)).size);
    expect(stats.lastIndexedAt).toBeDefined();
  });

  it("lists the entities the parser found, with unique slugs", () => {
    const entities = EntitySummary.array().parse(store.listEntities({ limit: 500 }));
    const slugs = entities.map((entity) => entity.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const entity of entities) expect(entity.articleCount).toBe(1);
    const people = store.listEntities({ type: "person" });
    expect(people.every((entity) => entity.type === "person")).toBe(true);
  });

  it.skipIf(!seed?.entities.some((entity) => entity.name === "Narendra Modi"))(
    'gets "narendra-modi" with his article and quotes',
    () => {
      const modi = EntityDetail.parse(store.getEntity("narendra-modi"));
      expect(modi.name).toBe("Narendra Modi");
      expect(modi.type).toBe("person");
      expect(modi.articles.map((article) => article.id)).toEqual([seed?.id]);
      const said = seed?.quotes.filter((quote) => quote.speaker === "Narendra Modi") ?? [];
      expect(modi.quotes.map((quote) => quote.text).sort()).toEqual(said.map((q) => q.text).sort());
      expect(store.listArticles({ entity: "narendra-modi" }).items).toHaveLength(1);
      expect(store.search("modi", { entityType: "person" }).items).toHaveLength(1);
      expect(store.search("tariff", { entityType: "person" }).items).toHaveLength(0);
      expect(store.listEntities({ query: "MODI" }).map((e) => e.slug)).toContain("narendra-modi");
    },
  );

  it("lists quotes as QuoteRecords", () => {
    const page = pageOf(QuoteRecord).parse(store.listQuotes({ limit: 100 }));
    const expected = seed?.quotes.filter((quote) => quote.kind !== "term") ?? [];
    expect(page.items).toHaveLength(expected.length);
    for (const quote of page.items) expect(quote.articleId).toBe(seed?.id);
    // A speaker stored as their entity's name reads back as the parser gave it.
    const speakers = new Map(expected.map((quote) => [quote.text, quote.speaker]));
    for (const quote of page.items) expect(quote.speaker).toBe(speakers.get(quote.text));
    expect(store.getEntity("no-such-entity")).toBeNull();
  });

  it("pages quotes with a cursor and filters them by speaker slug or name", () => {
    const expected = seed?.quotes.filter((quote) => quote.kind !== "term") ?? [];
    const texts: string[] = [];
    let cursor: string | undefined;
    do {
      const page = pageOf(QuoteRecord).parse(store.listQuotes({ limit: 1, cursor }));
      texts.push(...page.items.map((quote) => quote.text));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(texts.sort()).toEqual(expected.map((quote) => quote.text).sort());
    for (const quote of expected) {
      if (!quote.speaker) continue;
      const bySpeaker = store.listQuotes({ speaker: quote.speaker.toUpperCase().slice(2, -2) });
      expect(bySpeaker.items.map((q) => q.text)).toContain(quote.text);
    }
    const slugged = store.listQuotes({ limit: 100 }).items.filter((quote) => quote.speakerSlug);
    for (const quote of slugged) {
      const bySlug = store.listQuotes({ speaker: quote.speakerSlug, limit: 100 }).items;
      expect(bySlug.map((q) => q.text)).toContain(quote.text);
      expect(bySlug.every((q) => q.speakerSlug === quote.speakerSlug || q.speaker)).toBe(true);
    }
    expect(store.listQuotes({ speaker: "nobody-said-this" }).items).toEqual([]);
  });

  it("has no related articles and one section-less article", () => {
    expect(store.relatedArticles(seed?.slug ?? "")).toEqual([]);
    expect(store.relatedArticles("no-such-article")).toEqual([]);
    expect(store.listSections()).toEqual([]);
  });
});
