import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleSummary, pageOf } from "@news/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "./index.js";
import { sectionOf } from "./ingest.js";
import { seedFile, tempDir } from "./testing/fixtures.js";

const seedText = readFileSync(seedFile, "utf8");

function article(title: string, body: string): string {
  return `${title}\n\n${body}\n`;
}

describe("sectionOf", () => {
  it("is the first folder below the indexed root", () => {
    expect(sectionOf("/c/bbc/business/001.txt", "/c/bbc")).toBe("business");
    expect(sectionOf("/c/bbc/business/deep/001.txt", "/c/bbc")).toBe("business");
    expect(sectionOf("/c/bbc/001.txt", "/c/bbc")).toBeUndefined();
    expect(sectionOf("/c/bbc/001.txt", undefined)).toBeUndefined();
  });
});

describe("indexFiles", () => {
  let temp: ReturnType<typeof tempDir>;
  let store: Store;
  let corpus: string;

  beforeEach(() => {
    temp = tempDir();
    corpus = join(temp.dir, "corpus");
    mkdirSync(join(corpus, "business"), { recursive: true });
    mkdirSync(join(corpus, "sport"), { recursive: true });
    store = openStore({ path: join(temp.dir, "news.db") });
  });

  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it("indexes, skips unchanged files, replaces changed ones and removes deleted ones", async () => {
    const write = (name: string, text: string) => writeFileSync(join(corpus, name), text);
    write(
      "business/a.txt",
      article("Steel tariffs rise again", "Steel makers said tariffs would rise."),
    );
    write("sport/b.txt", article("Cup final goes to penalties", "The final went to penalties."));
    write("root.txt", seedText);

    const first = await store.indexFiles(corpus);
    expect(first).toMatchObject({ indexed: 3, unchanged: 0, removed: 0, failed: 0 });
    const sections = Object.fromEntries(
      store.listArticles().items.map((item) => [item.title, item.section]),
    );
    expect(sections["Steel tariffs rise again"]).toBe("business");
    expect(sections["Cup final goes to penalties"]).toBe("sport");
    expect(
      store
        .listSections()
        .map((s) => s.name)
        .sort(),
    ).toEqual(["business", "sport"]);

    const again = await store.indexFiles(corpus);
    expect(again).toMatchObject({ indexed: 0, unchanged: 3, removed: 0, failed: 0 });

    const before = store.search("steel").items[0];
    write(
      "business/a.txt",
      article("Steel tariffs rise again", "Aluminium makers said duties would rise."),
    );
    write(
      "business/c.txt",
      article("Shipping rates fall", "Container rates fell for a third month."),
    );
    rmSync(join(corpus, "sport/b.txt"));
    const changed = await store.indexFiles(corpus);
    expect(changed).toMatchObject({ indexed: 2, unchanged: 1, removed: 1, failed: 0 });

    expect(store.stats().articles).toBe(3);
    expect(store.search("penalties").items).toHaveLength(0);
    expect(store.search("aluminium").items.map((hit) => hit.title)).toEqual([
      "Steel tariffs rise again",
    ]);
    expect(store.search('"steel makers"').items).toHaveLength(0);
    const after = store.getArticle("steel-tariffs-rise-again");
    expect(after?.id).not.toBe(before?.id);
    expect(before && store.getArticle(before.id)).toBeNull();
    expect(store.listSections().map((s) => s.name)).toEqual(["business"]);
  });

  it("reports a bad file and goes on with the rest", async () => {
    writeFileSync(join(corpus, "empty.txt"), "");
    writeFileSync(join(corpus, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    writeFileSync(join(corpus, "good.txt"), seedText);
    const progress: string[] = [];
    const result = await store.indexFiles(corpus, {
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.status}`),
    });
    expect(result).toMatchObject({ indexed: 1, failed: 2 });
    expect(result.failures.map((f) => f.path).sort()).toEqual([
      join(corpus, "binary.txt"),
      join(corpus, "empty.txt"),
    ]);
    for (const failure of result.failures) {
      expect(failure.code).toMatch(/^(empty|binary|not-an-article|decode)$/);
      expect(failure.message.length).toBeGreaterThan(0);
    }
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toMatch(/^3\/3 /);
  });

  it("takes single files and reports missing ones", async () => {
    const file = join(corpus, "one.txt");
    writeFileSync(file, seedText);
    expect(await store.indexFiles([file])).toMatchObject({ indexed: 1, failed: 0 });
    rmSync(file);
    expect(await store.indexFiles([file])).toMatchObject({ removed: 1, failed: 0 });
    const missing = await store.indexFiles([file]);
    expect(missing).toMatchObject({ removed: 0, failed: 1 });
    expect(missing.failures[0]?.code).toBe("io");
  });

  it("keeps one article for two identical files, until both are gone", async () => {
    writeFileSync(join(corpus, "a.txt"), seedText);
    writeFileSync(join(corpus, "b.txt"), seedText);
    expect(await store.indexFiles(corpus)).toMatchObject({ indexed: 2 });
    expect(store.stats().articles).toBe(1);
    rmSync(join(corpus, "a.txt"));
    expect(await store.indexFiles(corpus)).toMatchObject({ removed: 1 });
    expect(store.stats().articles).toBe(1);
    rmSync(join(corpus, "b.txt"));
    await store.indexFiles(corpus);
    expect(store.stats()).toMatchObject({ articles: 0, quotes: 0, figures: 0 });
    expect(store.listEntities()).toEqual([]);
  });

  it("gives articles with the same title distinct slugs", async () => {
    writeFileSync(join(corpus, "a.txt"), article("Same headline here", "First body text."));
    writeFileSync(join(corpus, "b.txt"), article("Same headline here", "Second body text."));
    await store.indexFiles(corpus);
    const slugs = store.listArticles().items.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) {
      expect(slug).toMatch(/^same-headline-here/);
      expect(store.getArticle(slug)?.slug).toBe(slug);
    }
  });

  it("stops between files when aborted", async () => {
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(corpus, `${i}.txt`), article(`Headline number ${i}`, `Body ${i}.`));
    }
    const controller = new AbortController();
    const run = store.indexFiles(corpus, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 5) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(store.stats().articles).toBe(5);
    expect(await store.indexFiles(corpus)).toMatchObject({ indexed: 15, unchanged: 5 });
  });

  it("pages newest first with an opaque cursor", async () => {
    for (let i = 0; i < 7; i++) {
      const date = `2025-01-0${i + 1}`;
      writeFileSync(
        join(corpus, `${i}.md`),
        `---\ntitle: Story ${i} of the week\ndate: ${date}\n---\n\nBody of story ${i}.\n`,
      );
    }
    await store.indexFiles(corpus);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = pageOf(ArticleSummary).parse(store.listArticles({ limit: 3, cursor }));
      seen.push(...page.items.map((item) => item.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const published = store.listArticles({ limit: 10 }).items.map((i) => i.publishedAt ?? "");
    expect(published).toEqual([...published].sort().reverse());
    if (published.every(Boolean)) {
      const window = store.listArticles({ from: "2025-01-02", to: "2025-01-04" }).items;
      expect(window.map((item) => item.publishedAt?.slice(0, 10)).sort()).toEqual([
        "2025-01-02",
        "2025-01-03",
        "2025-01-04",
      ]);
    }
    expect(() => store.listArticles({ cursor: "garbage" })).toThrow(/cursor/);
  });
});
