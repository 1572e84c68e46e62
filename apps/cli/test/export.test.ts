import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateArticle } from "@news/schema";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturesDir, ndjsonLines, runCli, seedsDir, sharedDir, tempDir } from "./helpers.js";
import { ninjsValidator } from "./ninjs-validator.js";

const work = tempDir("news-export-");
const db = join(work, "news.db");
const SITE = "https://news.example.com";

function exportAs(format: string, ...extra: string[]): string {
  const run = runCli(["export", "--format", format, "--db", db, "--site-url", SITE, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

beforeAll(() => {
  const run = runCli(["index", seedsDir, fixturesDir, "--db", db]);
  expect(run.code, run.stderr).toBe(0);
});

describe("news export", () => {
  it("writes RSS 2.0 that a feed parser reads back", () => {
    const xml = exportAs("rss", "--title", "Example & Co");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("rss");
    expect(feed.title).toBe("Example & Co");
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(item.url).toMatch(new RegExp(`^${SITE}/articles/[a-z0-9-]+$`));
      expect(item.title).toBeTruthy();
      expect(item.published).toBeInstanceOf(Date);
    }
  });

  it("writes Atom 1.0 that a feed parser reads back, to --out", () => {
    const out = join(work, "atom.xml");
    const run = runCli([
      "export",
      "--format",
      "atom",
      "--db",
      db,
      "--site-url",
      SITE,
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const feed = parseFeed(readFileSync(out, "utf8"));
    expect(feed.meta.type).toBe("atom");
    expect(feed.items.map((item) => item.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^City Council Approves Harbour Bridge/)]),
    );
  });

  it("limits a feed with --limit", () => {
    expect(parseFeed(exportAs("rss", "--limit", "2")).items).toHaveLength(2);
  });

  it("writes a valid sitemap with the home page and every article", () => {
    const xml = exportAs("sitemap");
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      urlset: { "@_xmlns": string; url: { loc: string; lastmod?: string }[] };
    };
    expect(doc.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.urlset.url.map((url) => url.loc)).toContain(`${SITE}/`);
    expect(doc.urlset.url).toHaveLength(4);
    for (const url of doc.urlset.url.slice(1)) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("writes every article as schema-valid NDJSON", () => {
    const articles = ndjsonLines(exportAs("ndjson"));
    expect(articles).toHaveLength(3);
    for (const article of articles) expect(validateArticle(article).ok).toBe(true);
  });

  it("writes JSON-LD NewsArticles with the site's URLs", () => {
    const docs = ndjsonLines(exportAs("jsonld")) as { "@type": string }[];
    expect(docs).toHaveLength(3);
    for (const doc of docs) {
      expect(doc["@type"]).toBe("NewsArticle");
      expect(JSON.stringify(doc)).toContain(`${SITE}/articles/`);
    }
  });

  const hasNinjs = existsSync(join(sharedDir, "ninjs", "ninjs-schema_3.1.json"));
  if (!hasNinjs) console.warn(`ninjs export test skipped: no IPTC schemas in ${sharedDir}/ninjs`);

  it.skipIf(!hasNinjs)("writes ninjs 3.1 items valid against the IPTC schema", () => {
    const validate = ninjsValidator(sharedDir);
    const items = ndjsonLines(exportAs("ninjs"));
    expect(items).toHaveLength(3);
    for (const item of items) {
      validate(item);
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it("requires --format and rejects a bad --site-url as usage errors", () => {
    expect(runCli(["export", "--db", db]).code).toBe(2);
    const badUrl = runCli(["export", "--format", "rss", "--db", db, "--site-url", "ftp://x"]);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain("--site-url");
  });
});
