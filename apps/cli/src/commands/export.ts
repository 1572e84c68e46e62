import type { Article, ArticleSummary } from "@news/schema";
import { toJsonLd, toNinjs } from "@news/schema";
import type { Store } from "@news/store";
import { EXIT_OK } from "../errors.js";
import { buildFeed } from "../export/feeds.js";
import { articleUrl, normaliseSiteUrl } from "../export/site.js";
import { buildSitemap } from "../export/sitemap.js";
import { printWarning } from "../io/messages.js";
import { openOutput, writeDocument } from "../io/output.js";
import { collectPages, withIndex } from "../io/store-access.js";

export type ExportFormat = "rss" | "atom" | "ndjson" | "ninjs" | "jsonld" | "sitemap";

export interface ExportCommandOptions {
  format: ExportFormat;
  out?: string;
  siteUrl?: string;
  title: string;
  limit?: number;
  db?: string;
}

const FEED_SIZE = 50;

function summaries(store: Store, limit: number): ArticleSummary[] {
  return collectPages(
    (cursor, pageLimit) =>
      store.listArticles({ limit: pageLimit, ...(cursor === undefined ? {} : { cursor }) }),
    limit,
  );
}

function articleLine(
  format: "ndjson" | "ninjs" | "jsonld",
  article: Article,
  siteUrl: string,
): string {
  const url = articleUrl(siteUrl, article.slug);
  if (format === "ninjs") return JSON.stringify(toNinjs(article, { uri: url }));
  if (format === "jsonld") return JSON.stringify(toJsonLd(article, { siteUrl }));
  return JSON.stringify(article);
}

async function exportArticles(
  store: Store,
  format: "ndjson" | "ninjs" | "jsonld",
  options: ExportCommandOptions,
  siteUrl: string,
): Promise<void> {
  const output = await openOutput(options.out);
  for (const summary of summaries(store, options.limit ?? Number.POSITIVE_INFINITY)) {
    const article = store.getArticle(summary.id);
    if (article === null) {
      printWarning(`${summary.slug}: listed but could not be read from the index; skipped`);
      continue;
    }
    await output.write(`${articleLine(format, article, siteUrl)}\n`);
  }
  await output.close();
}

/** `news export`: RSS, Atom, a sitemap, or the articles as NDJSON, ninjs or JSON-LD lines. */
export async function exportCommand(options: ExportCommandOptions): Promise<number> {
  const siteUrl = normaliseSiteUrl(options.siteUrl);
  await withIndex(options.db, async (store) => {
    switch (options.format) {
      case "rss":
      case "atom": {
        const feed = buildFeed(summaries(store, options.limit ?? FEED_SIZE), {
          siteUrl,
          title: options.title,
          description: `Latest articles from ${options.title}`,
        });
        await writeDocument(options.out, options.format === "rss" ? feed.rss2() : feed.atom1());
        return;
      }
      case "sitemap":
        await writeDocument(
          options.out,
          buildSitemap(summaries(store, options.limit ?? Number.POSITIVE_INFINITY), siteUrl),
        );
        return;
      default:
        await exportArticles(store, options.format, options, siteUrl);
    }
  });
  return EXIT_OK;
}
