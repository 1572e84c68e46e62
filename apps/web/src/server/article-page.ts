import type { Article, ArticleSummary } from "@news/schema";
import { resolveEntitySlugs } from "~/lib/entity-links";
import { orNull } from "~/lib/errors";
import { api } from "~/trpc/caller";

/** Everything the article page shows, read through the tRPC router; plain JSON. */
export interface ArticlePageData {
  article: Article;
  /** When the store first indexed the article, shown when the file gives no publication date. */
  indexedAt: string | null;
  related: ArticleSummary[];
  /** Store-wide entity slugs by the article's entity ids, for the ones the store knows. */
  entitySlugs: Record<string, string>;
}

/** The article page's data, or null when there is no article with that slug. */
export async function loadArticlePage(slug: string): Promise<ArticlePageData | null> {
  const caller = await api();
  const article = await orNull(() => caller.article.bySlug({ slug }));
  if (!article) return null;
  const [indexedAt, related, slugs] = await Promise.all([
    article.publishedAt ? null : caller.article.indexedAt({ slug: article.slug }),
    caller.article.related({ slug: article.slug, limit: 4 }),
    resolveEntitySlugs(article.entities, (input) => caller.entity.list(input)),
  ]);
  return { article, indexedAt, related, entitySlugs: Object.fromEntries(slugs) };
}
