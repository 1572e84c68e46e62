import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { validateArticle } from "@news/schema";
import { describe, expect, it } from "vitest";
import { safeParseArticle } from "./pipeline.js";
import { hasShared, sharedDir } from "./testing/shared.js";

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path, extension);
      return name.endsWith(extension) && name !== "README.TXT" ? [path] : [];
    });
}

/** Blank-line-separated chunks of a file's text, as the BBC layout writes paragraphs. */
function chunks(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
}

function decodeLikeAReader(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

describe.skipIf(!hasShared)("BBC corpus", () => {
  const files = hasShared ? filesUnder(join(sharedDir, "corpus", "bbc"), ".txt") : [];

  it("has the 2,225 articles", () => {
    expect(files.length).toBe(2225);
  });

  it("parses every file into a valid article with the first line as title and one block per paragraph", () => {
    const problems: string[] = [];
    for (const path of files) {
      const bytes = readFileSync(path);
      const result = safeParseArticle(bytes, { path });
      if (!result.ok) {
        problems.push(`${path}: ${result.error.code} ${result.error.message}`);
        continue;
      }
      const article = result.article;
      const validation = validateArticle(article);
      if (!validation.ok) {
        problems.push(`${path}: invalid: ${JSON.stringify(validation.errors.slice(0, 3))}`);
      }
      for (const warning of article.warnings) {
        if (warning.code === "extraction-failed") problems.push(`${path}: ${warning.message}`);
      }
      const [titleChunk, ...paragraphs] = chunks(decodeLikeAReader(bytes));
      const firstLine = titleChunk?.split("\n")[0]?.trim();
      if (article.title !== firstLine)
        problems.push(`${path}: title ${JSON.stringify(article.title)}`);
      if (article.blocks.length !== paragraphs.length) {
        problems.push(
          `${path}: ${article.blocks.length} blocks for ${paragraphs.length} paragraphs`,
        );
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("reads sport/199.txt as Latin-1", () => {
    const path = join(sharedDir, "corpus", "bbc", "sport", "199.txt");
    const result = safeParseArticle(readFileSync(path), { path });
    expect(result.ok && result.article.source.encoding).toBe("latin1");
    expect(result.ok && result.article.blocks.some((block) => block.text.includes("£15.8m"))).toBe(
      true,
    );
  });
});

describe.skipIf(!hasShared)("CNN stories", () => {
  const files = hasShared ? filesUnder(join(sharedDir, "corpus", "cnn"), ".story") : [];

  it("parses every story: valid, highlights as summary not body, datelines read", () => {
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      const result = safeParseArticle(text, { path });
      if (!result.ok) {
        problems.push(`${path}: ${result.error.code} ${result.error.message}`);
        continue;
      }
      const article = result.article;
      const validation = validateArticle(article);
      if (!validation.ok)
        problems.push(`${path}: invalid: ${JSON.stringify(validation.errors.slice(0, 3))}`);
      for (const warning of article.warnings) {
        if (warning.code === "extraction-failed") problems.push(`${path}: ${warning.message}`);
      }
      if (article.blocks.some((block) => block.text.includes("@highlight"))) {
        problems.push(`${path}: @highlight in the body`);
      }
      const highlights = text
        .split("@highlight")
        .slice(1)
        .map((part) => part.trim());
      for (const highlight of highlights) {
        if (article.blocks.some((block) => block.text === highlight)) {
          problems.push(`${path}: highlight ${JSON.stringify(highlight)} in the body`);
        }
      }
      if (!article.warnings.some((warning) => warning.code === "no-title")) {
        problems.push(`${path}: no "no-title" warning`);
      }
      const opening = text.slice(0, 120);
      if (/^[^\n]{0,60}\((?:CNN|Reuters)\)/.test(opening)) {
        const agency = /\((CNN|Reuters)\)/.exec(opening)?.[1];
        if (article.dateline?.agency !== agency) {
          problems.push(
            `${path}: dateline ${JSON.stringify(article.dateline)} for ${JSON.stringify(opening.slice(0, 50))}`,
          );
        }
        if (/\((?:CNN|Reuters)\)/.test(article.blocks[0]?.text.slice(0, 60) ?? "")) {
          problems.push(`${path}: dateline left in the first paragraph`);
        }
      }
      expect(article.summary.length).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });
});
