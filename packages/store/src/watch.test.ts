import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type IndexResult, openStore } from "./index.js";
import { tempDir } from "./testing/fixtures.js";

const temp = tempDir();
afterAll(() => temp.cleanup());

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("watchFiles", () => {
  it("re-indexes on add, change and delete", async () => {
    const store = openStore({ path: join(temp.dir, "news.db") });
    const results: IndexResult[] = [];
    const errors: Error[] = [];
    const watcher = store.watchFiles(temp.dir, {
      debounceMs: 50,
      onIndexed: (result) => results.push(result),
      onError: (error) => errors.push(error),
    });
    try {
      const file = join(temp.dir, "breaking.txt");
      writeFileSync(file, "Volcano erupts near village\n\nAsh covered the village overnight.\n");
      await until(() => store.search("volcano").items.length === 1, "the new article");

      writeFileSync(file, "Volcano erupts near village\n\nLava reached the harbour by noon.\n");
      await until(() => store.search("harbour").items.length === 1, "the changed article");
      expect(store.search("ash").items).toHaveLength(0);

      rmSync(file);
      await until(() => store.stats().articles === 0, "the deletion");
      expect(results.reduce((sum, r) => sum + r.removed, 0)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await watcher.close();
      store.close();
    }
  }, 30_000);
});
