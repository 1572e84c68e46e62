import { readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseArticle } from "@news/parser";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeText, encodeArticle } from "../doc-codec.js";
import { openStore } from "../index.js";
import { seedFile, seedsDir, tempDir } from "../testing/fixtures.js";
import { MAX_QUOTES_PER_ARTICLE, migrations } from "./migrations.js";

describe("migrations", () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    temp = tempDir();
  });
  afterEach(() => temp.cleanup());

  it("rebuild a schema-1 store, which then indexes again from scratch", async () => {
    const path = join(temp.dir, "old.db");
    const old = new Database(path);
    old.function("article_body", () => null);
    old.exec(migrations[0] ?? "");
    old.pragma("user_version = 1");
    old.exec(
      "INSERT INTO meta (key, value) VALUES ('last_indexed_at', '2020-01-01T00:00:00.000Z')",
    );
    old.close();

    const store = openStore({ path });
    try {
      expect(store.stats()).toMatchObject({ articles: 0 });
      expect(store.stats().lastIndexedAt).toBeUndefined();
      expect(await store.indexFiles(seedsDir)).toMatchObject({ indexed: 1, failed: 0 });
      expect(store.stats().articles).toBe(1);
    } finally {
      store.close();
    }
    const reopened = new Database(path, { readonly: true });
    expect(reopened.pragma("user_version", { simple: true })).toBe(migrations.length);
    reopened.close();
  });

  it("keep a schema-2 store's articles, figure counts, quotes and list cards in schema 3", () => {
    const parsed = safeParseArticle(readFileSync(seedFile), { path: seedFile });
    if (!parsed.ok) throw parsed.error;
    const seed = parsed.article;
    const path = join(temp.dir, "v2.db");
    const old = new Database(path);
    old.function("article_body", () => null);
    old.exec(`${migrations[0]}${migrations[1]}`);
    old.pragma("user_version = 2");
    const { doc, text } = encodeArticle(seed);
    const card = JSON.stringify([seed.summary, seed.language, seed.keywords, 1]);
    old
      .prepare(
        `INSERT INTO articles (rowid, id, slug, title, indexed_at, sort_key, word_count, file_count,
           entity_links, card) VALUES (7, ?, ?, ?, '2026-01-02T03:04:05.000Z', 5, 9, 1, '[[1,2]]', ?)`,
      )
      .run(seed.id, seed.slug, seed.title, card);
    old.prepare("INSERT INTO documents (article, doc, text) VALUES (7, ?, ?)").run(doc, text);
    old.exec(`INSERT INTO entities (rowid, slug, type, name, name_key) VALUES (1, 'ann', 'person', 'Ann', ' ann ');
      INSERT INTO article_entities (entity, sort_key, article) VALUES (1, 5, 7);
      INSERT INTO figures (article, ord, kind, value) VALUES (7, 0, 'count', 3), (7, 1, 'year', 2020);`);
    const insertQuote = old.prepare(
      "INSERT INTO quotes (rowid, sort_key, speaker, speaker_entity, kind) VALUES (?, 5, 'Ann', 1, ?)",
    );
    seed.quotes.forEach((quote, ord) => {
      insertQuote.run(7 * MAX_QUOTES_PER_ARTICLE + ord, quote.kind);
    });
    old.close();
    expect(seed.quotes.some((quote) => quote.kind !== "term")).toBe(true);

    const store = openStore({ path });
    try {
      expect(store.stats()).toMatchObject({ articles: 1, figures: 2, quotes: seed.quotes.length });
      expect(store.getArticleSummary(seed.id)?.summary).toBe(seed.summary);
      expect(store.getArticle(seed.id)).toEqual(seed);
      const listed = store.listQuotes({ speaker: "ann", limit: 100 }).items;
      expect(listed.map((quote) => quote.text)).toEqual(
        seed.quotes
          .filter((quote) => quote.kind !== "term")
          .map((quote) => quote.text)
          .reverse(),
      );
      expect(store.getEntity("ann")?.articles.map((article) => article.id)).toEqual([seed.id]);
    } finally {
      store.close();
    }
    const start = text.length > 0 ? decodeText(text).indexOf(seed.summary) : -1;
    expect(start).toBeGreaterThanOrEqual(0);
    const spanCard = new Database(path);
    spanCard
      .prepare("UPDATE articles SET card = ? WHERE rowid = 7")
      .run(JSON.stringify([[start, seed.summary.length], seed.language, seed.keywords, 1]));
    spanCard.close();
    const reopened = openStore({ path, readonly: true });
    try {
      expect(reopened.getArticleSummary(seed.id)?.summary).toBe(seed.summary);
      expect(reopened.listArticles().items[0]?.summary).toBe(seed.summary);
    } finally {
      reopened.close();
    }
  });
});
