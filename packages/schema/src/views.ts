import { z } from "zod";
import { Byline, Dateline, EntityType, IsoDate, QuoteKind, SpeakerType } from "./article.js";

/** The fields of an article that a list, a feed or a search result shows. */
export const ArticleSummary = z.object({
  id: z.string().min(1),
  slug: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  summary: z.string(),
  section: z.string().min(1).optional(),
  language: z.string().min(1),
  publishedAt: IsoDate.optional(),
  indexedAt: IsoDate.describe("When the store first indexed the article"),
  dateline: Dateline.optional(),
  byline: Byline.optional(),
  keywords: z.array(z.string().min(1)),
  wordCount: z.number().int().nonnegative(),
  readingTimeMinutes: z.number().int().nonnegative(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** One page of a keyset-paginated list; pass `nextCursor` back to get the next page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export type Page<T> = { items: T[]; nextCursor: string | null };

/** A piece of a search snippet; `match` marks the words that matched the query. Plain text, never markup. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = ArticleSummary.extend({
  snippet: z.array(SnippetPart),
  score: z.number().describe("Relevance; higher is better"),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const EntitySummary = z.object({
  slug: z.string().min(1).describe('Unique across the store, such as "narendra-modi"'),
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  articleCount: z.number().int().nonnegative(),
  mentionCount: z.number().int().nonnegative(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** A quotation with the article it comes from. */
export const QuoteRecord = z.object({
  text: z.string().min(1),
  speaker: z.string().min(1).optional(),
  speakerType: SpeakerType.optional(),
  speakerSlug: z.string().min(1).optional().describe("The entity slug of the speaker, when known"),
  channel: z.string().min(1).optional(),
  kind: QuoteKind,
  articleId: z.string().min(1),
  articleSlug: z.string().min(1),
  articleTitle: z.string().min(1),
  publishedAt: IsoDate.optional(),
});
export type QuoteRecord = z.infer<typeof QuoteRecord>;

export const EntityDetail = EntitySummary.extend({
  articles: z.array(ArticleSummary),
  quotes: z.array(QuoteRecord).describe("What this entity said"),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const StoreStats = z.object({
  articles: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
  figures: z.number().int().nonnegative(),
  entities: z.record(EntityType, z.number().int().nonnegative()),
  sections: z.array(z.object({ name: z.string(), count: z.number().int().nonnegative() })),
  lastIndexedAt: IsoDate.optional(),
});
export type StoreStats = z.infer<typeof StoreStats>;
