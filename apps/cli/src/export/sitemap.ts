import type { ArticleSummary } from "@news/schema";
import { XMLBuilder } from "fast-xml-parser";
import { articleUrl } from "./site.js";

/** A sitemaps.org urlset: the home page and every article, with its date as `lastmod`. */
export function buildSitemap(articles: ArticleSummary[], siteUrl: string): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    format: true,
    suppressEmptyNode: true,
  });
  const urls = [
    { loc: `${siteUrl}/` },
    ...articles.map((article) => ({
      loc: articleUrl(siteUrl, article.slug),
      lastmod: (article.publishedAt ?? article.indexedAt).slice(0, 10),
    })),
  ];
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    urlset: { "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", url: urls },
  });
}
