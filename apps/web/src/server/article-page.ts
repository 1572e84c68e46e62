import type { Article, ArticleSummary, EntitySummary } from "@news/schema";
import { resolveEntitySlugs } from "~/lib/entity-links";
import { orNull } from "~/lib/errors";
import { api } from "~/trpc/caller";
import { ReadCache } from "./read-cache";
import { contentGeneration } from "./store";

/** Everything the article page shows, read through the tRPC router; plain JSON. */
export interface ArticlePageData {
  article: Article;
  /** When the store first indexed the article, shown when the file gives no publication date. */
  indexedAt: string | null;
  related: ArticleSummary[];
  /** Store-wide entity slugs by the article's entity ids, for the ones the store knows. */
  entitySlugs: Record<string, string>;
}

/**
 * Related articles and entity slugs take several index queries (tens of milliseconds on the BBC
 * corpus), so a page's data is kept for a few seconds, and only until this process next changes the
 * index. The entity lookups are kept apart too: articles share people, places and organizations.
 */
const cacheOptions = { ttlMs: 10_000, generation: contentGeneration };
const articlePages = new ReadCache<ArticlePageData | null>({ ...cacheOptions, maxEntries: 500 });
const entityCandidates = new ReadCache<EntitySummary[]>({ ...cacheOptions, maxEntries: 5000 });

/** The article page's data, or null when there is no article with that slug. */
export function loadArticlePage(slug: string): Promise<ArticlePageData | null> {
  return articlePages.read(slug, () => readArticlePage(slug));
}

async function readArticlePage(slug: string): Promise<ArticlePageData | null> {
  const caller = await api();
  const article = await orNull(() => caller.article.bySlug({ slug }));
  if (!article) return null;
  const [indexedAt, related, slugs] = await Promise.all([
    article.publishedAt ? null : caller.article.indexedAt({ slug: article.slug }),
    caller.article.related({ slug: article.slug, limit: 4 }),
    resolveEntitySlugs(article.entities, (input) =>
      entityCandidates.read(`${input.type}\u0000${input.query}\u0000${input.limit}`, () =>
        caller.entity.list(input),
      ),
    ),
  ]);
  return { article, indexedAt, related, entitySlugs: Object.fromEntries(slugs) };
}
