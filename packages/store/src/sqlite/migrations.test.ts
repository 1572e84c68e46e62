import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../index.js";
import { seedsDir, tempDir } from "../testing/fixtures.js";
import { migrations } from "./migrations.js";

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
});
