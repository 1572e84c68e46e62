import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateArticle } from "@news/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturesDir, hasStackTrace, ndjsonLines, runCli, seedFile, tempDir } from "./helpers.js";

function expectValidArticle(value: unknown): void {
  const result = validateArticle(value);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const work = tempDir("news-parse-");
const emptyFile = join(work, "empty.txt");
const binaryFile = join(work, "binary.txt");

beforeAll(() => {
  writeFileSync(emptyFile, "");
  const bytes = new Uint8Array(2048);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 31 + 7) % 256;
  writeFileSync(binaryFile, bytes);
});

afterAll(() => {
  // mkdtemp folders are left for the OS; nothing else to clean.
});

describe("news parse", () => {
  it("prints one schema-valid JSON document for one file", () => {
    const run = runCli(["parse", seedFile()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const article = JSON.parse(run.stdout) as { title: string };
    expectValidArticle(article);
    expect(article.title).toMatch(/^Modi and Trump/);
  });

  it("reads standard input with -", () => {
    const run = runCli(["parse", "-"], { input: readFileSync(seedFile()) });
    expect(run.code, run.stderr).toBe(0);
    expectValidArticle(JSON.parse(run.stdout));
  });

  it("prints NDJSON for several files, in argument order", () => {
    const files = [
      seedFile(),
      join(fixturesDir, "harbour-bridge.txt"),
      join(fixturesDir, "orchard-harvest.md"),
    ];
    const run = runCli(["parse", ...files]);
    expect(run.code, run.stderr).toBe(0);
    const articles = ndjsonLines(run.stdout) as { title: string }[];
    expect(articles).toHaveLength(3);
    articles.forEach(expectValidArticle);
    expect(articles[1]?.title).toMatch(/Harbour Bridge/);
    expect(articles[2]?.title).toMatch(/Apple Harvest/);
  });

  it("prints a JSON array with --format json, and expands directories and globs", () => {
    const fromDir = runCli(["parse", fixturesDir, "--format", "json"]);
    expect(fromDir.code, fromDir.stderr).toBe(0);
    const articles = JSON.parse(fromDir.stdout) as unknown[];
    expect(articles).toHaveLength(2);
    articles.forEach(expectValidArticle);
    const fromGlob = runCli(["parse", `${fixturesDir}/*.txt`]);
    expect(fromGlob.code, fromGlob.stderr).toBe(0);
    expect(ndjsonLines(fromGlob.stdout)).toHaveLength(1);
  });

  it("reports empty and binary files with path and reason, still parses the others, exits 1", () => {
    const run = runCli(["parse", emptyFile, seedFile(), binaryFile]);
    expect(run.code).toBe(1);
    expect(ndjsonLines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`${emptyFile}.*empty`, "i"));
    expect(run.stderr).toMatch(new RegExp(`${binaryFile}.*(binary|decode)`, "i"));
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("reports a missing file without a stack trace and exits 1", () => {
    const run = runCli(["parse", "no-such-file.txt", seedFile()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("news: cannot read no-such-file.txt: no such file or directory");
    expect(ndjsonLines(run.stdout)).toHaveLength(1);
  });

  it("writes to --out instead of standard output", () => {
    const out = join(work, "seed.json");
    const run = runCli(["parse", seedFile(), "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expectValidArticle(JSON.parse(readFileSync(out, "utf8")));
  });

  it("renders Markdown and text with title, dateline, paragraphs and the quotes the parser found", () => {
    const file = join(fixturesDir, "harbour-bridge.txt");
    const article = JSON.parse(runCli(["parse", file]).stdout) as { quotes: { kind: string }[] };
    const hasQuotes = article.quotes.some((quote) => quote.kind !== "term");
    const markdown = runCli(["parse", file, "--format", "markdown"]);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/^# City Council Approves Harbour Bridge Repairs/);
    expect(markdown.stdout).toContain("PORTVILLE");
    expect(markdown.stdout).toContain("ending a year of delays");
    expect(markdown.stdout.includes("## Quotes")).toBe(hasQuotes);
    const text = runCli(["parse", file, "--format", "text"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(
      /^City Council Approves Harbour Bridge Repairs After Year of Delays\n=+\n/,
    );
    expect(text.stdout.includes("Quotes (")).toBe(hasQuotes);
    expect(text.stdout).not.toContain("\u001b[");
  });

  it("prints schema.org JSON-LD with the site URL", () => {
    const run = runCli([
      "parse",
      seedFile(),
      "--format",
      "jsonld",
      "--site-url",
      "https://news.example.com",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      "@context": string;
      "@type": string;
      url?: string;
      headline: string;
    };
    expect(doc["@context"]).toMatch(/schema\.org/);
    expect(doc["@type"]).toBe("NewsArticle");
    expect(doc.headline).toMatch(/^Modi and Trump/);
    expect(JSON.stringify(doc)).toContain("https://news.example.com/articles/");
  });

  it("rejects a malformed --site-url as a usage error", () => {
    const run = runCli(["parse", seedFile(), "--format", "jsonld", "--site-url", "not a url"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--site-url");
  });
});
