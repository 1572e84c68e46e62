import type { ArticleSummary } from "@news/schema";
import { Feed } from "feed";
import { absoluteUrl, articlePath, siteDescription, siteName, siteUrl } from "./site";

const FEED_SIZE = 50;

function articleDate(article: ArticleSummary): Date {
  return new Date(article.publishedAt ?? article.indexedAt);
}

/** The latest articles as a feed; RSS and Atom are two renderings of the same items. */
export function buildFeed(articles: ArticleSummary[]): Feed {
  const latest = articles.slice(0, FEED_SIZE);
  const feed = new Feed({
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    title: siteName,
    description: siteDescription,
    language: "en",
    updated: latest[0] ? articleDate(latest[0]) : new Date(0),
    generator: "@news/web",
    copyright: `${siteName}, ${siteUrl()}`,
    feedLinks: { rss: absoluteUrl("/feed.xml"), atom: absoluteUrl("/atom.xml") },
  });
  for (const article of latest) {
    const link = absoluteUrl(articlePath(article.slug));
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.summary,
      date: articleDate(article),
      author: article.byline?.authors.map((name) => ({ name })),
      category: article.section ? [{ name: article.section }] : undefined,
    });
  }
  return feed;
}

export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": "no-cache" },
  });
}
