import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultSeedsDir, openStore, type Store } from "@news/store";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "./root";

let dir: string;
let store: Store;
let caller: ReturnType<typeof createCaller>;
let seedSlug: string;

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof TRPCError ? error.code : "NOT_A_TRPC_ERROR";
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-web-router-"));
  store = openStore({ path: join(dir, "news.db") });
  const result = await store.indexFiles(defaultSeedsDir());
  expect(result.failed).toBe(0);
  caller = createCaller({ store });
  const first = (await caller.article.list()).items[0];
  if (!first) throw new Error("the seed article was not indexed");
  seedSlug = first.slug;
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("article", () => {
  it("lists the seed article with its summary", async () => {
    const page = await caller.article.list({ limit: 5 });
    expect(page.items.length).toBeGreaterThanOrEqual(1);
    const seed = page.items.find((a) => a.slug === seedSlug);
    expect(seed?.title).toMatch(/Modi/);
    expect(seed?.summary.length).toBeGreaterThan(0);
  });

  it("reads an article by slug and by id", async () => {
    const article = await caller.article.bySlug({ slug: seedSlug });
    expect(article.slug).toBe(seedSlug);
    expect(article.blocks.length).toBeGreaterThan(3);
    const byId = await caller.article.bySlug({ slug: article.id });
    expect(byId.id).toBe(article.id);
  });

  it("answers NOT_FOUND for a missing article", async () => {
    expect(await codeOf(caller.article.bySlug({ slug: "no-such-article" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.article.related({ slug: "no-such-article" }))).toBe("NOT_FOUND");
  });

  it("answers BAD_REQUEST for invalid input", async () => {
    expect(await codeOf(caller.article.bySlug({ slug: "" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.article.list({ limit: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.article.list({ limit: 20, cursor: "not-a-cursor" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(caller.article.search({ q: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.article.search({ q: "x".repeat(201) }))).toBe("BAD_REQUEST");
  });

  it("finds the seed article by a word of its body, with a highlighted snippet", async () => {
    const page = await caller.article.search({ q: "tariff" });
    const hit = page.items.find((h) => h.slug === seedSlug);
    expect(hit).toBeDefined();
    expect(hit?.snippet.some((part) => part.match)).toBe(true);
  });

  it("survives query syntax in search terms", async () => {
    for (const q of ['"unbalanced', "AND OR NOT", "trade*", "(", "-", "NEAR(a b)"]) {
      const page = await caller.article.search({ q });
      expect(Array.isArray(page.items)).toBe(true);
    }
  });

  it("tells when the store first indexed an article, the time its summary carries", async () => {
    const summary = (await caller.article.list()).items.find((a) => a.slug === seedSlug);
    expect(summary?.indexedAt).toBeDefined();
    expect(await caller.article.indexedAt({ slug: seedSlug })).toBe(summary?.indexedAt);
    expect(await codeOf(caller.article.indexedAt({ slug: "no-such-article" }))).toBe("NOT_FOUND");
  });

  it("returns related articles as a list, never the article itself", async () => {
    const related = await caller.article.related({ slug: seedSlug });
    expect(related.every((a) => a.slug !== seedSlug)).toBe(true);
  });
});

describe("entity", () => {
  it("lists people and opens one with its articles", async () => {
    const people = await caller.entity.list({ type: "person", limit: 50 });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.type === "person")).toBe(true);
    const first = people[0];
    if (!first) throw new Error("no person");
    const detail = await caller.entity.bySlug({ slug: first.slug });
    expect(detail.name).toBe(first.name);
    expect(detail.articles.some((a) => a.slug === seedSlug)).toBe(true);
  });

  it("answers NOT_FOUND and BAD_REQUEST", async () => {
    expect(await codeOf(caller.entity.bySlug({ slug: "nobody-at-all" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.entity.list({ type: "planet" as "person", limit: 5 }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("quote and stats", () => {
  it("lists quotations with their article", async () => {
    const page = await caller.quote.list({ limit: 100 });
    for (const quote of page.items) {
      expect(quote.text.length).toBeGreaterThan(0);
      expect(quote.articleSlug.length).toBeGreaterThan(0);
    }
  });

  it("counts what the store holds", async () => {
    const stats = await caller.stats();
    expect(stats.articles).toBeGreaterThanOrEqual(1);
    expect(stats.words).toBeGreaterThan(100);
  });
});
