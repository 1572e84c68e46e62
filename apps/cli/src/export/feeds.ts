import type { ArticleSummary } from "@news/schema";
import { Feed } from "feed";
import { articleUrl } from "./site.js";

export interface FeedOptions {
  siteUrl: string;
  title: string;
  description: string;
}

function articleDate(article: ArticleSummary): Date {
  return new Date(article.publishedAt ?? article.indexedAt);
}

/** Builds the feed with the `feed` library, which writes RSS 2.0 and Atom 1.0. */
export function buildFeed(articles: ArticleSummary[], options: FeedOptions): Feed {
  const updated = articles.reduce<Date | undefined>((latest, article) => {
    const date = articleDate(article);
    return latest === undefined || date > latest ? date : latest;
  }, undefined);
  const feed = new Feed({
    id: `${options.siteUrl}/`,
    link: `${options.siteUrl}/`,
    title: options.title,
    description: options.description,
    generator: "news (https://github.com/news-toolkit/news)",
    updated: updated ?? new Date(0),
    feedLinks: { rss: `${options.siteUrl}/feed.xml`, atom: `${options.siteUrl}/atom.xml` },
  });
  for (const article of articles) {
    const link = articleUrl(options.siteUrl, article.slug);
    feed.addItem({
      title: article.title,
      id: link,
      link,
      date: articleDate(article),
      description: article.summary,
      author: (article.byline?.authors ?? []).map((name) => ({ name })),
      category: [...(article.section ? [article.section] : []), ...article.keywords].map(
        (name) => ({ name }),
      ),
    });
  }
  return feed;
}
