import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@news/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "./root";

// A small generated corpus in two sections, enough to page through.
const towns = ["Ashford", "Bexley", "Corby", "Dover", "Epsom", "Frome", "Goole"];

let dir: string;
let store: Store;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-web-pages-"));
  for (const [i, town] of towns.entries()) {
    const section = i % 2 === 0 ? "business" : "politics";
    mkdirSync(join(dir, "seeds", section), { recursive: true });
    writeFileSync(
      join(dir, "seeds", section, `${String(i).padStart(3, "0")}.txt`),
      `${town} Council Approves New Harbour Budget\n\n${town.toUpperCase()}: The council of ${town} approved a new harbour budget on Monday after a long debate.\n"We have listened to every resident," said Mary Holt, the council leader.\n`,
    );
  }
  store = openStore({ path: join(dir, "news.db") });
  const result = await store.indexFiles(join(dir, "seeds"));
  expect(result.indexed).toBe(towns.length);
  caller = createCaller({ store });
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("keyset pagination", () => {
  it("pages through every article exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await caller.article.list({ limit: 3, cursor });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(towns.length);
  });

  it("filters the list by section", async () => {
    const page = await caller.article.list({ limit: 20, section: "politics" });
    expect(page.items.length).toBe(3);
    expect(page.items.every((a) => a.section === "politics")).toBe(true);
  });

  it("pages search results", async () => {
    const first = await caller.article.search({ q: "harbour", limit: 4 });
    expect(first.items.length).toBe(4);
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.article.search({
      q: "harbour",
      limit: 4,
      cursor: first.nextCursor ?? undefined,
    });
    const ids = [...first.items, ...second.items].map((h) => h.id);
    expect(new Set(ids).size).toBe(towns.length);
  });
});
