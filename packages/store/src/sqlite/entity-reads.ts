import type { Article, EntityDetail, EntitySummary, Page, QuoteRecord } from "@news/schema";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { decodeArticle, type StoredArticle } from "../doc-codec.js";
import { nameKey } from "../slug.js";
import type { ListEntitiesOptions, ListQuotesOptions } from "../store.js";
import { MAX_QUOTES_PER_ARTICLE, QUOTE_BITS } from "./migrations.js";
import { SUMMARY_COLUMNS, type SummaryRow, summaryOf } from "./rows.js";
import { likeEscape, pageSize, type StatementCache } from "./statements.js";

/** How many of an entity's newest articles and quotes `getEntity` returns. */
const DETAIL_ITEMS = 50;

const ENTITY_COLUMNS =
  "slug, type, name, aliases, article_count AS articleCount, mention_count AS mentionCount";

interface EntityRow extends Omit<EntitySummary, "aliases"> {
  aliases: string;
}

function entityOf(row: EntityRow): EntitySummary {
  return { ...row, aliases: JSON.parse(row.aliases) as string[] };
}

export function listEntities(
  sql: StatementCache,
  options: ListEntitiesOptions = {},
): EntitySummary[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (options.type !== undefined) {
    where.push("type = ?");
    params.push(options.type);
  }
  const query = options.query?.trim();
  if (query) {
    where.push("(name_key LIKE ? ESCAPE '\\' OR lower(aliases) LIKE ? ESCAPE '\\')");
    params.push(`%${likeEscape(nameKey(query).trim())}%`, `%${likeEscape(query.toLowerCase())}%`);
  }
  const rows = sql
    .get(
      `SELECT ${ENTITY_COLUMNS} FROM entities ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY article_count DESC, mention_count DESC, slug LIMIT ?`,
    )
    .all(...params, pageSize(options.limit, 50, 100_000)) as EntityRow[];
  return rows.map(entityOf);
}

export function getEntity(sql: StatementCache, slug: string): EntityDetail | null {
  const row = sql.get(`SELECT rowid, ${ENTITY_COLUMNS} FROM entities WHERE slug = ?`).get(slug) as
    | (EntityRow & { rowid: number })
    | undefined;
  if (!row) return null;
  const { rowid, ...entity } = row;
  const articles = sql
    .get(
      `SELECT ${SUMMARY_COLUMNS} FROM article_entities ae JOIN articles a ON a.rowid = ae.article
       WHERE ae.entity = ? ORDER BY ae.sort_key DESC, ae.article DESC LIMIT ?`,
    )
    .all(rowid, DETAIL_ITEMS) as SummaryRow[];
  const quotes = sql
    .get(`${QUOTE_SELECT} WHERE q.speaker_entity = ? ORDER BY q.sort_key DESC, q.id DESC LIMIT ?`)
    .all(rowid, DETAIL_ITEMS) as QuoteRow[];
  return {
    ...entityOf(entity),
    articles: articles.map((row) => summaryOf(sql, row)),
    quotes: quotesOf(sql, quotes),
  };
}

const QUOTE_SELECT = `SELECT q.id AS id, q.sort_key AS sortKey,
  q.id >> ${QUOTE_BITS} AS article, q.id & ${MAX_QUOTES_PER_ARTICLE - 1} AS ord,
  coalesce(q.speaker, e.name) AS speaker,
  q.speaker_type AS speakerType, e.slug AS speakerSlug, q.channel AS channel, q.kind AS kind,
  a.id AS articleId, a.slug AS articleSlug, a.title AS articleTitle, a.published_at AS publishedAt
  FROM quotes q JOIN articles a ON a.rowid = q.id >> ${QUOTE_BITS} LEFT JOIN entities e ON e.rowid = q.speaker_entity`;

interface QuoteRow {
  id: number;
  sortKey: number;
  article: number;
  ord: number;
  speaker: string | null;
  speakerType: QuoteRecord["speakerType"] | null;
  speakerSlug: string | null;
  channel: string | null;
  kind: QuoteRecord["kind"];
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  publishedAt: string | null;
}

/** Quote rows point into their article's document; each document is inflated once per call. */
function quotesOf(sql: StatementCache, rows: QuoteRow[]): QuoteRecord[] {
  const documents = new Map<number, Article | null>();
  const statement = sql.get("SELECT doc, text FROM documents WHERE article = ?");
  return rows.flatMap((row) => {
    let article = documents.get(row.article);
    if (article === undefined) {
      const stored = statement.get(row.article) as StoredArticle | undefined;
      article = stored
        ? decodeArticle(stored, {
            id: row.articleId,
            slug: row.articleSlug,
            title: row.articleTitle,
          })
        : null;
      documents.set(row.article, article);
    }
    const text = article?.quotes[row.ord]?.text;
    return text ? [quoteOf(row, text)] : [];
  });
}

function quoteOf(row: QuoteRow, text: string): QuoteRecord {
  const quote: QuoteRecord = {
    text,
    kind: row.kind,
    articleId: row.articleId,
    articleSlug: row.articleSlug,
    articleTitle: row.articleTitle,
  };
  if (row.speaker) quote.speaker = row.speaker;
  if (row.speakerType) quote.speakerType = row.speakerType;
  if (row.speakerSlug) quote.speakerSlug = row.speakerSlug;
  if (row.channel) quote.channel = row.channel;
  if (row.publishedAt) quote.publishedAt = row.publishedAt;
  return quote;
}

/** Quotations and quoted fragments, newest first; scare-quoted terms are left out. */
export function listQuotes(
  sql: StatementCache,
  options: ListQuotesOptions = {},
): Page<QuoteRecord> {
  const limit = pageSize(options.limit, 20, 100);
  const where = ["q.kind != 'term'"];
  const params: (string | number)[] = [];
  const speaker = options.speaker?.trim();
  if (speaker) {
    where.push(
      `(q.speaker_entity = (SELECT rowid FROM entities WHERE slug = ?)
        OR coalesce(q.speaker, e.name) LIKE ? ESCAPE '\\')`,
    );
    params.push(speaker, `%${likeEscape(speaker)}%`);
  }
  if (options.cursor !== undefined) {
    const [time, id] = decodeCursor(options.cursor, ["number", "number"]);
    where.push("(q.sort_key, q.id) < (?, ?)");
    params.push(time, id);
  }
  const rows = sql
    .get(`${QUOTE_SELECT} WHERE ${where.join(" AND ")} ORDER BY q.sort_key DESC, q.id DESC LIMIT ?`)
    .all(...params, limit + 1) as QuoteRow[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: quotesOf(sql, items),
    nextCursor: rows.length > limit && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}
