import type { Article, ArticleSummary, Page, StoreStats } from "@news/schema";
import { EntityType } from "@news/schema";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { decodeArticle, type StoredArticle } from "../doc-codec.js";
import { StoreInputError } from "../errors.js";
import type { ListArticlesOptions } from "../store.js";
import { decodeEntityLinks } from "./entity-links.js";
import { anyOf, parseQuery } from "./match-expression.js";
import { cardKeywords, SUMMARY_COLUMNS, type SummaryRow, summaryOf } from "./rows.js";
import { rankMatches } from "./search.js";
import { pageSize, type StatementCache } from "./statements.js";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const RELATED_CANDIDATES = 50;
/** How many of each shared entity's newest articles are candidates, so the cost stays flat as the store grows. */
const RELATED_PER_ENTITY = 200;

const DOCUMENT_BY = (column: "id" | "slug") =>
  `SELECT a.id AS id, a.slug AS slug, a.title AS title, d.doc AS doc, d.text AS text FROM articles a
   JOIN documents d ON d.article = a.rowid WHERE a.${column} = ?`;

/** The article's slug is the store's own (unique) one, the row's. */
export function getArticle(sql: StatementCache, slugOrId: string): Article | null {
  const stored = (sql.get(DOCUMENT_BY("id")).get(slugOrId) ??
    sql.get(DOCUMENT_BY("slug")).get(slugOrId)) as
    | (StoredArticle & Pick<Article, "id" | "slug" | "title">)
    | undefined;
  return stored ? decodeArticle(stored, stored) : null;
}

export function articleRowid(sql: StatementCache, slugOrId: string): number | undefined {
  return (sql.get("SELECT rowid FROM articles WHERE id = ?").pluck().get(slugOrId) ??
    sql.get("SELECT rowid FROM articles WHERE slug = ?").pluck().get(slugOrId)) as
    | number
    | undefined;
}

export function getArticleSummary(sql: StatementCache, slugOrId: string): ArticleSummary | null {
  const rowid = articleRowid(sql, slugOrId);
  return rowid === undefined ? null : (summariesByRowid(sql, [rowid])[0] ?? null);
}

export function summariesByRowid(sql: StatementCache, rowids: number[]): ArticleSummary[] {
  const statement = sql.get(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.rowid = ?`);
  return rowids.flatMap((rowid) => {
    const row = statement.get(rowid) as SummaryRow | undefined;
    return row ? [summaryOf(sql, row)] : [];
  });
}

export function listArticles(
  sql: StatementCache,
  options: ListArticlesOptions = {},
): Page<ArticleSummary> {
  const limit = pageSize(options.limit, 20, 100);
  const where: string[] = [];
  const params: (string | number)[] = [];
  let from = "articles a";
  let key = { time: "a.sort_key", rowid: "a.rowid" };
  if (options.entity !== undefined) {
    const entity = sql.get("SELECT rowid FROM entities WHERE slug = ?").pluck().get(options.entity);
    if (entity === undefined) return { items: [], nextCursor: null };
    from = "article_entities ae JOIN articles a ON a.rowid = ae.article";
    key = { time: "ae.sort_key", rowid: "ae.article" };
    where.push("ae.entity = ?");
    params.push(entity as number);
  }
  if (options.section !== undefined) {
    where.push("a.section = ?");
    params.push(options.section);
  }
  if (options.from !== undefined) {
    where.push(`${key.time} >= ?`);
    params.push(boundary(options.from, "from"));
  }
  if (options.to !== undefined) {
    where.push(`${key.time} <= ?`);
    params.push(boundary(options.to, "to"));
  }
  if (options.cursor !== undefined) {
    const [time, rowid] = decodeCursor(options.cursor, ["number", "number"]);
    where.push(`(${key.time}, ${key.rowid}) < (?, ?)`);
    params.push(time, rowid);
  }
  const rows = sql
    .get(
      `SELECT ${SUMMARY_COLUMNS} FROM ${from}
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY ${key.time} DESC, ${key.rowid} DESC LIMIT ?`,
    )
    .all(...params, limit + 1) as SummaryRow[];
  return pageOfRows(sql, rows, limit);
}

/** Turns `limit + 1` rows into a page whose cursor points after its last item. */
export function pageOfRows(
  sql: StatementCache,
  rows: SummaryRow[],
  limit: number,
): Page<ArticleSummary> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([last.sortKey, last.rowid]) : null;
  return { items: items.map((row) => summaryOf(sql, row)), nextCursor };
}

/** A date bound in epoch milliseconds; a calendar date covers its whole day (UTC). */
function boundary(value: string, side: "from" | "to"): number {
  const whole = DATE_ONLY.test(value);
  const time = Date.parse(whole ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(time)) {
    throw new StoreInputError(`invalid "${side}" date ${JSON.stringify(value)}: use ISO 8601`);
  }
  return whole && side === "to" ? time + 86_400_000 - 1 : time;
}

/**
 * Articles that share the most distinctive entities (weighted by 1 / ln(2 + articles naming the entity),
 * among each entity's newest RELATED_PER_ENTITY articles) and the article's keywords (bm25 over the full
 * text); each signal is scaled to [0, 1] and the two added.
 */
export function relatedArticles(
  sql: StatementCache,
  slugOrId: string,
  limit = 5,
): ArticleSummary[] {
  const rowid = articleRowid(sql, slugOrId);
  if (rowid === undefined) return [];
  const scores = new Map<number, number>();
  const addScaled = (rows: { rowid: number; score: number }[]) => {
    const max = Math.max(0, ...rows.map((row) => row.score));
    if (max <= 0) return;
    for (const row of rows) scores.set(row.rowid, (scores.get(row.rowid) ?? 0) + row.score / max);
  };
  const row = sql
    .get("SELECT entity_links AS links, card FROM articles WHERE rowid = ?")
    .get(rowid) as { links: Uint8Array | string; card: string };
  const entities = decodeEntityLinks(row.links).map(([entity]) => entity);
  const countOf = sql.get("SELECT article_count FROM entities WHERE rowid = ?").pluck();
  const newest = sql
    .get("SELECT article FROM article_entities WHERE entity = ? ORDER BY sort_key DESC LIMIT ?")
    .pluck();
  const byEntities = new Map<number, number>();
  for (const entity of entities) {
    const count = countOf.get(entity) as number | undefined;
    if (!count) continue;
    const weight = 1 / Math.log(2 + count);
    for (const other of newest.all(entity, RELATED_PER_ENTITY) as number[]) {
      if (other !== rowid) byEntities.set(other, (byEntities.get(other) ?? 0) + weight);
    }
  }
  addScaled([...byEntities].map(([other, score]) => ({ rowid: other, score })));
  const keywords = cardKeywords(row.card);
  const expression = anyOf(keywords.flatMap((keyword) => parseQuery(keyword).terms));
  if (expression) {
    const where = ["articles_fts MATCH ?", "rowid != ?"];
    const matches = rankMatches(sql, where, [expression, rowid], RELATED_CANDIDATES, 0, 500);
    addScaled(matches.map((match) => ({ rowid: match.rowid, score: -match.rank })));
  }
  const best = [...scores]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, Math.max(0, limit))
    .map(([id]) => id);
  return summariesByRowid(sql, best);
}

export function listSections(sql: StatementCache): { name: string; count: number }[] {
  return sql
    .get(
      `SELECT section AS name, count(*) AS count FROM articles WHERE section IS NOT NULL
       GROUP BY section ORDER BY count DESC, name`,
    )
    .all() as { name: string; count: number }[];
}

export function stats(sql: StatementCache): StoreStats {
  const totals = sql
    .get(
      `SELECT count(*) AS articles, coalesce(sum(word_count), 0) AS words,
         coalesce(sum(figure_count), 0) AS figures FROM articles`,
    )
    .get() as { articles: number; words: number; figures: number };
  const entities = Object.fromEntries(EntityType.options.map((type) => [type, 0])) as Record<
    EntityType,
    number
  >;
  const byType = sql.get("SELECT type, count(*) AS count FROM entities GROUP BY type").all() as {
    type: string;
    count: number;
  }[];
  for (const { type, count } of byType) {
    const known = EntityType.safeParse(type);
    if (known.success) entities[known.data] = count;
  }
  const lastIndexedAt = sql
    .get("SELECT value FROM meta WHERE key = 'last_indexed_at'")
    .pluck()
    .get() as string | undefined;
  const result: StoreStats = {
    articles: totals.articles,
    words: totals.words,
    quotes: sql.get("SELECT count(*) FROM quotes").pluck().get() as number,
    figures: totals.figures,
    entities,
    sections: listSections(sql),
  };
  if (lastIndexedAt) result.lastIndexedAt = lastIndexedAt;
  return result;
}
