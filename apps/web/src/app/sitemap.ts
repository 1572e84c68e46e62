import type { MetadataRoute } from "next";
import { absoluteUrl, articlePath, entityPath } from "~/lib/site";
import { getStore } from "~/server/store";

export const dynamic = "force-dynamic";

const MAX_URLS = 50_000;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const store = await getStore();
  const entries: MetadataRoute.Sitemap = [
    { url: absoluteUrl("/"), changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/entities"), changeFrequency: "daily" },
    { url: absoluteUrl("/quotes"), changeFrequency: "daily" },
  ];
  let cursor: string | undefined;
  do {
    const page = store.listArticles({ cursor, limit: 500 });
    for (const article of page.items) {
      entries.push({
        url: absoluteUrl(articlePath(article.slug)),
        lastModified: article.publishedAt ?? article.indexedAt,
        changeFrequency: "weekly",
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && entries.length < MAX_URLS);
  for (const entity of store.listEntities({ limit: 5000 })) {
    if (entries.length >= MAX_URLS) break;
    entries.push({ url: absoluteUrl(entityPath(entity.slug)), changeFrequency: "weekly" });
  }
  return entries;
}
