import type { Article, ArticleSummary } from "@news/schema";
import { decodeTextPrefix } from "../doc-codec.js";
import type { StatementCache } from "./statements.js";

/**
 * `[start, length]` of the summary in the running text: some schema-3 stores wrote cards that point at the
 * summary instead of holding it; they still read, inflating the start of the text.
 */
type TextSpanRef = [start: number, length: number];

/**
 * The summary fields that have no column of their own, kept next to the compressed document so lists never
 * inflate it: a JSON array `[summary, language, keywords, readingTimeMinutes, subtitle, dateline, byline]`,
 * absent trailing fields left out (an array rather than an object: no field names in every row).
 */
type Card = [
  summary: string | TextSpanRef,
  language: string,
  keywords: string[],
  readingTimeMinutes: number,
  subtitle?: string | null,
  dateline?: ArticleSummary["dateline"] | null,
  byline?: ArticleSummary["byline"] | null,
];

export function cardOf(article: Article): string {
  const card: Card = [
    article.summary,
    article.language,
    article.keywords,
    article.readingTimeMinutes,
    article.subtitle ?? null,
    article.dateline ?? null,
    article.byline ?? null,
  ];
  while (card.length > 4 && card[card.length - 1] === null) card.pop();
  return JSON.stringify(card);
}

export function cardKeywords(card: string): string[] {
  return (JSON.parse(card) as Card)[2];
}

/** Lists sort newest first by publication time, else by when the store first saw the article. */
export function sortKeyOf(publishedAt: string | undefined, indexedAt: string): number {
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isFinite(published) ? published : Date.parse(indexedAt);
}

/** Columns every summary query selects from `articles a`. */
export const SUMMARY_COLUMNS =
  "a.rowid AS rowid, a.id AS id, a.slug AS slug, a.title AS title, a.section AS section, " +
  "a.published_at AS publishedAt, a.indexed_at AS indexedAt, a.sort_key AS sortKey, " +
  "a.word_count AS wordCount, a.card AS card";

export interface SummaryRow {
  rowid: number;
  id: string;
  slug: string;
  title: string;
  section: string | null;
  publishedAt: string | null;
  indexedAt: string;
  sortKey: number;
  wordCount: number;
  card: string;
}

export function summaryOf(sql: StatementCache, row: SummaryRow): ArticleSummary {
  const [summaryField, language, keywords, readingTimeMinutes, subtitle, dateline, byline] =
    JSON.parse(row.card) as Card;
  const summary: ArticleSummary = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: typeof summaryField === "string" ? summaryField : spanOf(sql, row.rowid, summaryField),
    language,
    indexedAt: row.indexedAt,
    keywords,
    wordCount: row.wordCount,
    readingTimeMinutes,
  };
  if (subtitle) summary.subtitle = subtitle;
  if (row.section) summary.section = row.section;
  if (row.publishedAt) summary.publishedAt = row.publishedAt;
  if (dateline) summary.dateline = dateline;
  if (byline) summary.byline = byline;
  return summary;
}

function spanOf(sql: StatementCache, rowid: number, [start, length]: TextSpanRef): string {
  const text = sql.get("SELECT text FROM documents WHERE article = ?").pluck().get(rowid);
  const end = start + length;
  return text instanceof Uint8Array ? decodeTextPrefix(text, end).slice(start, end) : "";
}
