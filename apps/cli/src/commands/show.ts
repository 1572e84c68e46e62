import { existsSync, statSync } from "node:fs";
import type { Article } from "@news/schema";
import { CliError, EXIT_OK } from "../errors.js";
import { normaliseSiteUrl } from "../export/site.js";
import { describeParseFailure } from "../io/failures.js";
import { writeDocument } from "../io/output.js";
import { withIndex } from "../io/store-access.js";
import { readingWidth, stdoutColors } from "../io/terminal.js";
import { type ArticleFormat, articleStream } from "../render/formats.js";

export interface ShowCommandOptions {
  format: ArticleFormat;
  db?: string;
  siteUrl?: string;
}

async function articleFromFile(path: string): Promise<Article> {
  const { parseFile } = await import("@news/parser");
  const result = await parseFile(path);
  if (!result.ok) throw new CliError(describeParseFailure(result.path, result.error));
  return result.article;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** `news show`: one article, from a file when the argument names one, else from the index by slug or id. */
export async function showCommand(reference: string, options: ShowCommandOptions): Promise<number> {
  const article = isFile(reference)
    ? await articleFromFile(reference)
    : await withIndex(options.db, (store) => store.getArticle(reference));
  if (article === null) {
    throw new CliError(
      `no article with slug or id "${reference}" (try 'news list' or 'news search')`,
    );
  }
  const stream = articleStream(options.format, "single", {
    colors: stdoutColors,
    width: readingWidth(process.stdout),
    siteUrl: normaliseSiteUrl(options.siteUrl),
  });
  await writeDocument(undefined, `${stream.start}${stream.article(article, 0)}${stream.end}`);
  return EXIT_OK;
}
