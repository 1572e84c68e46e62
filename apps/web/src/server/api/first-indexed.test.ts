import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@news/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstIndexedAt } from "./first-indexed";

let dir: string;
let store: Store;

function article(headline: string): string {
  return `${headline}\n\nTOWNSVILLE: The council voted on Tuesday after a long night of debate about the budget for next year.\nThe mayor said the vote "was the right call" for the town.\n`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-web-indexed-"));
  store = openStore({ path: join(dir, "news.db") });
  // One headline is the start of the other: the phrase search finds both, the slug tells them apart.
  const files = [
    ["short.txt", "Council Approves Budget"],
    ["long.txt", "Council Approves Budget After Long Debate"],
  ] as const;
  for (const [name, headline] of files) {
    writeFileSync(join(dir, name), article(headline));
    const result = await store.indexFiles([join(dir, name)]);
    expect(result.failed).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("firstIndexedAt", () => {
  it("gives each article the time its own summary carries", () => {
    const summaries = store.listArticles({ limit: 10 }).items;
    expect(summaries).toHaveLength(2);
    expect(new Set(summaries.map((s) => s.indexedAt)).size).toBe(2);
    for (const summary of summaries) {
      const full = store.getArticle(summary.slug);
      if (!full) throw new Error(`no article ${summary.slug}`);
      expect(firstIndexedAt(store, full)).toBe(summary.indexedAt);
    }
  });
});
