import type { EntityType, Page, SearchHit } from "@news/schema";
import Database from "better-sqlite3";
import { searchableText } from "../article-text.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { decodeText } from "../doc-codec.js";
import { matchSpans } from "../match-marks.js";
import { snippetWindow, splitSnippet } from "../snippet.js";
import type { SearchOptions } from "../store.js";
import { parseQuery, type QueryTerm } from "./match-expression.js";
import { SUMMARY_COLUMNS, type SummaryRow, summaryOf } from "./rows.js";
import { likeEscape, pageSize, type StatementCache } from "./statements.js";

const SNIPPET_WORDS = 24;
/** Deepest result a cursor may reach; ranking all matches again for each later page costs too much. */
const MAX_OFFSET = 1000;
/**
 * Most matches bm25 ranks: a query matching more articles ranks the most recently indexed RANK_WINDOW of
 * them (rowid order), so scoring a common word stays bounded as the store grows (bm25's document
 * frequencies still read each term's whole doclist once per query).
 */
const RANK_WINDOW = 1000;
/** How much more a match in the title counts than one in the body. */
const TITLE_WEIGHT = 4.0;
const EMPTY: Page<SearchHit> = { items: [], nextCursor: null };

/**
 * Full-text search ranked by bm25 (title weighted above body) over at most RANK_WINDOW newest matches;
 * the cursor is an offset into the ranking.
 */
export function search(
  sql: StatementCache,
  query: string,
  options: SearchOptions = {},
): Page<SearchHit> {
  const { terms, expression } = parseQuery(query);
  if (!expression) return EMPTY;
  const limit = pageSize(options.limit, 20, 100);
  const [offset] = options.cursor ? decodeCursor(options.cursor, ["number"]) : [0];
  if (offset < 0 || offset >= MAX_OFFSET) return EMPTY;
  const where = ["articles_fts MATCH ?"];
  const params: (string | number)[] = [expression];
  if (options.section !== undefined) {
    where.push("articles_fts.rowid IN (SELECT rowid FROM articles WHERE section = ?)");
    params.push(options.section);
  }
  if (options.entityType !== undefined) {
    const entities = matchingEntities(sql, options.entityType, terms);
    if (entities.length === 0) return EMPTY;
    where.push(
      `articles_fts.rowid IN (SELECT article FROM article_entities
        WHERE entity IN (SELECT value FROM json_each(?)))`,
    );
    params.push(JSON.stringify(entities));
  }
  let ranked: RankedMatch[];
  try {
    ranked = rankMatches(sql, where, params, limit + 1, offset);
  } catch (error) {
    if (error instanceof Database.SqliteError && error.message.startsWith("fts5:")) return EMPTY;
    throw error;
  }
  const hitStatement = sql.get(
    `SELECT ${SUMMARY_COLUMNS}, (SELECT d.text FROM documents d WHERE d.article = a.rowid) AS text
     FROM articles a WHERE a.rowid = ?`,
  );
  const items = ranked.slice(0, limit).flatMap(({ rowid, rank }) => {
    const row = hitStatement.get(rowid) as (SummaryRow & { text: Uint8Array | null }) | undefined;
    if (!row) return [];
    const body = row.text ? searchableText(decodeText(row.text)) : "";
    const snippet = splitSnippet(snippetWindow(body, matchSpans(body, terms), SNIPPET_WORDS));
    return [{ ...summaryOf(sql, row), snippet, score: -rank }];
  });
  const more = ranked.length > limit && offset + limit < MAX_OFFSET;
  return { items, nextCursor: more ? encodeCursor([offset + limit]) : null };
}

export interface RankedMatch {
  rowid: number;
  rank: number;
}

/** bm25-ordered matches of `where` (which starts with the MATCH), within the newest `rankWindow` of them. */
export function rankMatches(
  sql: StatementCache,
  where: string[],
  params: (string | number)[],
  limit: number,
  offset: number,
  rankWindow = RANK_WINDOW,
): RankedMatch[] {
  const filter = where.join(" AND ");
  // One pass: the newest `rankWindow` matches (FTS5 walks its doclists backwards and stops there), scored
  // with bm25() (ORDER BY rank would make FTS5 score every match first), then sorted by score.
  return sql
    .get(
      `SELECT rowid, rank FROM (
         SELECT rowid, bm25(articles_fts, ${TITLE_WEIGHT}, 1.0) AS rank FROM articles_fts
         WHERE ${filter} ORDER BY rowid DESC LIMIT ?
       ) ORDER BY rank, rowid DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, rankWindow, limit, offset) as RankedMatch[];
}

/** Entities of `type` whose name has a word equal to (or, for `word*`, starting with) a query word. */
function matchingEntities(sql: StatementCache, type: EntityType, terms: QueryTerm[]): number[] {
  const patterns = terms.flatMap((term) =>
    term.words.map((word, i) => {
      const prefix = term.prefix && i === term.words.length - 1;
      return `% ${likeEscape(word)}${prefix ? "" : " "}%`;
    }),
  );
  const tests = patterns.map(() => "name_key LIKE ? ESCAPE '\\'").join(" OR ");
  return sql
    .get(`SELECT rowid FROM entities WHERE type = ? AND (${tests})`)
    .pluck()
    .all(type, ...patterns) as number[];
}
