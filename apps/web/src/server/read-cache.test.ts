import { describe, expect, it } from "vitest";
import { ReadCache } from "./read-cache";

function counter() {
  let loads = 0;
  return {
    load: (value: string) => () => {
      loads += 1;
      return Promise.resolve(value);
    },
    loads: () => loads,
  };
}

describe("ReadCache", () => {
  it("serves a read again until the content generation moves on", async () => {
    let generation = 1;
    const cache = new ReadCache<string>({
      ttlMs: 60_000,
      maxEntries: 10,
      generation: () => generation,
    });
    const c = counter();
    expect(await cache.read("a", c.load("v1"), 0)).toBe("v1");
    expect(await cache.read("a", c.load("v2"), 1)).toBe("v1");
    expect(c.loads()).toBe(1);
    generation = 2;
    expect(await cache.read("a", c.load("v3"), 2)).toBe("v3");
    expect(c.loads()).toBe(2);
  });

  it("forgets a read after its time to live", async () => {
    const cache = new ReadCache<string>({ ttlMs: 100, maxEntries: 10, generation: () => 0 });
    const c = counter();
    await cache.read("a", c.load("old"), 0);
    expect(await cache.read("a", c.load("new"), 99)).toBe("old");
    expect(await cache.read("a", c.load("new"), 100)).toBe("new");
  });

  it("shares one load between concurrent reads and does not keep failures", async () => {
    const cache = new ReadCache<string>({ ttlMs: 60_000, maxEntries: 10, generation: () => 0 });
    const c = counter();
    const [first, second] = await Promise.all([
      cache.read("a", c.load("v"), 0),
      cache.read("a", c.load("w"), 0),
    ]);
    expect([first, second, c.loads()]).toEqual(["v", "v", 1]);
    await expect(cache.read("b", () => Promise.reject(new Error("boom")), 0)).rejects.toThrow();
    expect(await cache.read("b", c.load("ok"), 1)).toBe("ok");
  });

  it("keeps at most maxEntries, dropping the oldest", async () => {
    const cache = new ReadCache<string>({ ttlMs: 60_000, maxEntries: 2, generation: () => 0 });
    const c = counter();
    for (const key of ["a", "b", "c"]) await cache.read(key, c.load(key), 0);
    expect(await cache.read("c", c.load("c2"), 1)).toBe("c");
    expect(await cache.read("a", c.load("a2"), 1)).toBe("a2");
  });
});
