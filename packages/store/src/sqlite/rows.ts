import type { Article, ArticleSummary } from "@news/schema";

/** The summary fields kept as JSON next to the compressed document, so lists never inflate it. */
type Card = Pick<
  ArticleSummary,
  | "subtitle"
  | "summary"
  | "language"
  | "dateline"
  | "byline"
  | "keywords"
  | "wordCount"
  | "readingTimeMinutes"
>;

export function cardOf(article: Article): Card {
  return {
    subtitle: article.subtitle,
    summary: article.summary,
    language: article.language,
    dateline: article.dateline,
    byline: article.byline,
    keywords: article.keywords,
    wordCount: article.wordCount,
    readingTimeMinutes: article.readingTimeMinutes,
  };
}

/** Lists sort newest first by publication time, else by when the store first saw the article. */
export function sortKeyOf(publishedAt: string | undefined, indexedAt: string): number {
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isFinite(published) ? published : Date.parse(indexedAt);
}

/** Columns every summary query selects from `articles a`. */
export const SUMMARY_COLUMNS =
  "a.rowid AS rowid, a.id AS id, a.slug AS slug, a.title AS title, a.section AS section, " +
  "a.published_at AS publishedAt, a.indexed_at AS indexedAt, a.sort_key AS sortKey, a.card AS card";

export interface SummaryRow {
  rowid: number;
  id: string;
  slug: string;
  title: string;
  section: string | null;
  publishedAt: string | null;
  indexedAt: string;
  sortKey: number;
  card: string;
}

export function summaryOf(row: SummaryRow): ArticleSummary {
  const card = JSON.parse(row.card) as Card;
  const summary: ArticleSummary = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: card.summary,
    language: card.language,
    indexedAt: row.indexedAt,
    keywords: card.keywords,
    wordCount: card.wordCount,
    readingTimeMinutes: card.readingTimeMinutes,
  };
  if (card.subtitle) summary.subtitle = card.subtitle;
  if (row.section) summary.section = row.section;
  if (row.publishedAt) summary.publishedAt = row.publishedAt;
  if (card.dateline) summary.dateline = card.dateline;
  if (card.byline) summary.byline = card.byline;
  return summary;
}
