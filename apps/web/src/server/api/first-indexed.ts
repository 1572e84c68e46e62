import type { Article } from "@news/schema";
import type { Store } from "@news/store";

/**
 * When the store first indexed an article. The store gives that time only on its read models
 * (ArticleSummary, SearchHit), not on the Article contract, and has no read of one summary by
 * slug; an exact-phrase search for the headline ranks the article among the first hits, and the
 * slug tells which hit it is. Null when the search does not return it.
 */
export function firstIndexedAt(store: Store, article: Article): string | null {
  const headline = `"${article.title.replaceAll('"', " ")}"`;
  const hits = store.search(headline, { limit: 10 }).items;
  return hits.find((hit) => hit.slug === article.slug)?.indexedAt ?? null;
}
