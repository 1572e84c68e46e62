import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { searchableText } from "../article-text.js";
import { decodeText } from "../doc-codec.js";
import { openStore, type Store } from "../index.js";
import { tempDir } from "../testing/fixtures.js";

/** How many segments the FTS5 index has: the second varint of its structure record (rowid 10). */
function ftsSegments(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const record = db.prepare("SELECT block FROM articles_fts_data WHERE id = 10").pluck().get();
    if (!(record instanceof Uint8Array)) throw new Error("no FTS5 structure record");
    let at = 4;
    const varint = () => {
      let value = 0;
      for (let scale = 1; ; scale *= 0x80) {
        const byte = record[at++] ?? 0;
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) return value;
      }
    };
    varint();
    return varint();
  } finally {
    db.close();
  }
}

/** FTS5's integrity check, which also compares the index with the text it indexes (rank 1). */
function ftsIntegrity(path: string): void {
  const db = new Database(path);
  try {
    db.function("article_body", (text: unknown) =>
      text instanceof Uint8Array ? searchableText(decodeText(text)) : null,
    );
    db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    db.close();
  }
}

const QUERIES = ["rates", "bank*", '"central bank"', "harvest OR rain", "story"];

describe("full-text index upkeep", () => {
  let temp: ReturnType<typeof tempDir>;
  let store: Store;
  let corpus: string;
  const write = (i: number, extra = "") =>
    writeFileSync(
      join(corpus, `${i}.txt`),
      `Story ${i} about the central bank\n\nThe central bank held rates for month ${i}.${extra}\n\nFarmers said rain ruined harvest number ${i}.\n`,
    );

  beforeEach(() => {
    temp = tempDir();
    corpus = join(temp.dir, "corpus");
    mkdirSync(corpus);
    store = openStore({ path: join(temp.dir, "news.db") });
  });

  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it("is merged into one segment after a run that changed a quarter of the store or more, not after a small one", async () => {
    for (let i = 0; i < 12; i++) write(i);
    await store.indexFiles(corpus);
    expect(ftsSegments(store.path)).toBe(1);

    write(3, " Bank shares rose.");
    expect(await store.indexFiles(corpus)).toMatchObject({ indexed: 1 });
    expect(ftsSegments(store.path)).toBe(2);
    ftsIntegrity(store.path);

    for (const i of [0, 1, 2]) write(i, " Rates fell.");
    expect(await store.indexFiles(corpus)).toMatchObject({ indexed: 3 });
    expect(ftsSegments(store.path)).toBe(1);
    ftsIntegrity(store.path);
  });

  it("answers the same before and after the merge", async () => {
    for (let i = 0; i < 12; i++) write(i);
    await store.indexFiles(corpus);
    write(5, " The bank's rates rose.");
    await store.indexFiles(corpus);
    expect(ftsSegments(store.path)).toBe(2);
    const before = QUERIES.map((query) => store.search(query, { limit: 100 }));
    expect(before.every((page) => page.items.length > 0)).toBe(true);

    const db = new Database(store.path);
    db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')");
    db.close();
    expect(ftsSegments(store.path)).toBe(1);
    expect(QUERIES.map((query) => store.search(query, { limit: 100 }))).toEqual(before);
  });
});
