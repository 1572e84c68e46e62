import { join } from "node:path";
import { ArticleSummary, pageOf, SearchHit, StoreStats } from "@news/schema";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "./index.js";
import { bbcDir, hasBbc, tempDir } from "./testing/fixtures.js";

const temp = tempDir();
afterAll(() => temp.cleanup());

describe.skipIf(!hasBbc)("the BBC corpus", () => {
  it("indexes all 2,225 files into five sections, then finds, pages and relates them", async () => {
    const store = openStore({ path: join(temp.dir, "news.db") });
    try {
      const result = await store.indexFiles(bbcDir);
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ indexed: 2225, failed: 0, removed: 0 });

      const stats = StoreStats.parse(store.stats());
      // The corpus repeats some stories word for word; identical content is one article.
      expect(stats.articles).toBeGreaterThan(2100);
      expect(stats.articles).toBeLessThanOrEqual(2225);
      expect(stats.sections.map((s) => s.name).sort()).toEqual([
        "business",
        "entertainment",
        "politics",
        "sport",
        "tech",
      ]);
      expect(stats.sections.reduce((sum, s) => sum + s.count, 0)).toBe(stats.articles);

      const hits = pageOf(SearchHit).parse(store.search("tariff", { limit: 10 }));
      expect(hits.items.length).toBeGreaterThan(0);
      const scores = hits.items.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const second = store.search("tariff", { limit: 10, cursor: hits.nextCursor ?? undefined });
      const ids = new Set(hits.items.map((hit) => hit.id));
      for (const hit of second.items) expect(ids.has(hit.id)).toBe(false);

      // "the" matches more articles than the ranking window holds.
      const common = store.search("the", { limit: 100 });
      const commonNext = store.search("the", {
        limit: 100,
        cursor: common.nextCursor ?? undefined,
      });
      expect(common.items).toHaveLength(100);
      expect(commonNext.items).toHaveLength(100);
      const firstPage = new Set(common.items.map((hit) => hit.id));
      expect(commonNext.items.some((hit) => firstPage.has(hit.id))).toBe(false);

      const sport = store.search("champion", { section: "sport", limit: 50 });
      expect(sport.items.length).toBeGreaterThan(0);
      for (const hit of sport.items) expect(hit.section).toBe("sport");

      const ids2 = new Set<string>();
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = pageOf(ArticleSummary).parse(
          store.listArticles({ limit: 100, cursor, section: "tech" }),
        );
        for (const item of page.items) ids2.add(item.id);
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(ids2.size).toBe(stats.sections.find((s) => s.name === "tech")?.count);
      expect(pages).toBeGreaterThan(1);

      const first = store.listArticles({ limit: 1 }).items[0];
      const related = store.relatedArticles(first?.id ?? "", 5);
      expect(related.length).toBeGreaterThan(0);
      expect(related.map((r) => r.id)).not.toContain(first?.id);

      expect(await store.indexFiles(bbcDir)).toMatchObject({ indexed: 0, unchanged: 2225 });
    } finally {
      store.close();
    }
  }, 180_000);
});
