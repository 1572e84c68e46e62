import type { Article, ArticleSummary } from "@news/schema";
import { decodeTextPrefix } from "../doc-codec.js";

/**
 * Where the summary is in the article's running text: `[start, length]` in UTF-16 code units. The parser's
 * summary is most often the lede's first sentences, so the card points at them instead of repeating them.
 */
type TextSpanRef = [start: number, length: number];

/**
 * The summary fields that have no column of their own, kept next to the compressed document: a JSON array
 * `[summary, language, keywords, readingTimeMinutes, subtitle, dateline, byline]`, absent trailing fields
 * left out (an array rather than an object: no field names in every row). The summary is its text, or a
 * span of the running text when it is one (cards written before that hold the text; both are read).
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

/** `runningText` is `articleText(article)`, the text the document stores. */
export function cardOf(article: Article, runningText: string): string {
  const start = article.summary === "" ? -1 : runningText.indexOf(article.summary);
  const card: Card = [
    start >= 0 ? [start, article.summary.length] : article.summary,
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

/** Columns every summary query selects from `articles a`; `text` is the compressed running text. */
export const SUMMARY_COLUMNS =
  "a.rowid AS rowid, a.id AS id, a.slug AS slug, a.title AS title, a.section AS section, " +
  "a.published_at AS publishedAt, a.indexed_at AS indexedAt, a.sort_key AS sortKey, " +
  "a.word_count AS wordCount, a.card AS card, " +
  "(SELECT d.text FROM documents d WHERE d.article = a.rowid) AS text";

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
  text: Uint8Array | null;
}

/**
 * The row's list entry. `runningText`, when the caller has already inflated the whole text, saves
 * inflating the start of it again.
 */
export function summaryOf(row: SummaryRow, runningText?: string): ArticleSummary {
  const [summaryField, language, keywords, readingTimeMinutes, subtitle, dateline, byline] =
    JSON.parse(row.card) as Card;
  const summary: ArticleSummary = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary:
      typeof summaryField === "string" ? summaryField : spanOf(summaryField, row, runningText),
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

function spanOf([start, length]: TextSpanRef, row: SummaryRow, runningText?: string): string {
  const end = start + length;
  const text = runningText ?? (row.text ? decodeTextPrefix(row.text, end) : "");
  return text.slice(start, end);
}
