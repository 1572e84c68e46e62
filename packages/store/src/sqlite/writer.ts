import { createHash } from "node:crypto";
import { searchableText, searchableTitle } from "../article-text.js";
import { decodeText } from "../doc-codec.js";
import type { FileFacts, IndexTarget } from "../ingest.js";
import type { PreparedArticle, PreparedEntity } from "../prepared.js";
import { slugify } from "../slug.js";
import type { Db } from "./database.js";
import { decodeEntityLinks, encodeEntityLinks } from "./entity-links.js";
import { MAX_QUOTES_PER_ARTICLE } from "./migrations.js";
import { sortKeyOf } from "./rows.js";

const MAX_ALIASES = 16;
/**
 * A run that changed at least 1 / OPTIMIZE_SHARE of the articles merges the full-text index into one
 * segment. Merging rewrites the whole index, so it waits for a large change: its cost stays a fraction of
 * the run's own, while a watcher's one-file batches leave merging to FTS5's automerge.
 */
const OPTIMIZE_SHARE = 4;

function prepareStatements(db: Db) {
  const p = (source: string) => db.prepare(source);
  return {
    fileState: p(
      "SELECT hex(sha256) AS sha256, size, mtime_ms AS mtimeMs FROM files WHERE path = ?",
    ),
    fileRow: p("SELECT article, first_seen AS firstSeen FROM files WHERE path = ?"),
    touchFile: p("UPDATE files SET size = ?, mtime_ms = ? WHERE path = ?"),
    upsertFile: p(
      `INSERT INTO files (path, sha256, size, mtime_ms, article, first_seen) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size,
         mtime_ms = excluded.mtime_ms, article = excluded.article`,
    ),
    deleteFile: p("DELETE FROM files WHERE path = ?"),
    countFiles: p("UPDATE articles SET file_count = file_count + ? WHERE rowid = ?"),
    fileCount: p("SELECT file_count FROM articles WHERE rowid = ?").pluck(),
    pathsInRange: p("SELECT path FROM files WHERE path >= ? AND path < ?").pluck(),
    articleRowid: p("SELECT rowid FROM articles WHERE id = ?").pluck(),
    articleCount: p("SELECT count(*) FROM articles").pluck(),
    optimizeFts: p("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')"),
    slugTaken: p("SELECT 1 FROM articles WHERE slug = ?").pluck(),
    insertArticle: p(
      `INSERT INTO articles
         (id, slug, title, section, published_at, indexed_at, sort_key, word_count, figure_count,
          entity_links, card)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)`,
    ),
    insertDocument: p("INSERT INTO documents (article, doc, text) VALUES (?, ?, ?)"),
    articleForRemoval: p(
      `SELECT a.sort_key AS sortKey, a.entity_links AS links, a.title AS title, d.text AS text
       FROM articles a JOIN documents d ON d.article = a.rowid WHERE a.rowid = ?`,
    ),
    setEntityLinks: p("UPDATE articles SET entity_links = ? WHERE rowid = ?"),
    deleteArticle: p("DELETE FROM articles WHERE rowid = ?"),
    insertFts: p("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)"),
    deleteFts: p(
      "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
    ),
    entityByKey: p("SELECT rowid, name, aliases FROM entities WHERE type = ? AND name_key = ?"),
    entitySlugTaken: p("SELECT 1 FROM entities WHERE slug = ?").pluck(),
    insertEntity: p(
      "INSERT INTO entities (slug, type, name, name_key, aliases) VALUES (?, ?, ?, ?, '[]')",
    ),
    countEntity: p(
      "UPDATE entities SET article_count = article_count + ?, mention_count = mention_count + ? WHERE rowid = ?",
    ),
    setAliases: p("UPDATE entities SET aliases = ? WHERE rowid = ?"),
    deleteUnusedEntity: p("DELETE FROM entities WHERE rowid = ? AND article_count <= 0"),
    insertArticleEntity: p(
      "INSERT INTO article_entities (entity, sort_key, article) VALUES (?, ?, ?)",
    ),
    deleteArticleEntity: p(
      "DELETE FROM article_entities WHERE entity = ? AND sort_key = ? AND article = ?",
    ),
    insertQuote: p(
      `INSERT INTO quotes (id, sort_key, speaker, speaker_type, speaker_entity, channel, kind)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteQuotes: p("DELETE FROM quotes WHERE sort_key = ? AND id BETWEEN ? AND ?"),
    setMeta: p(
      "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
  };
}

/** An entity row as the writer has read or written it. */
interface KnownEntity {
  rowid: number;
  name: string;
  aliases: string[];
}

/** A change to the full-text index, applied when the batch commits. */
interface FtsChange {
  rowid: number;
  title: string;
  body: string;
  remove: boolean;
}

/**
 * Writes articles file by file inside a batch transaction: each file is all or nothing (a savepoint), and
 * the batch commits as one. Full-text index changes wait for the commit: FTS5 writes out its pending terms
 * at every savepoint, which would cost one index segment per file instead of one per batch.
 */
export class SqliteWriter implements IndexTarget {
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly db: Db;
  /** Full-text changes of the files written in this batch, in order. */
  private ftsChanges: FtsChange[] = [];
  /** Full-text changes of the file being written; kept only if its savepoint is released. */
  private fileFtsChanges: FtsChange[] = [];
  /**
   * Entities looked up or written in this batch, by type and name key. Valid only while the batch holds
   * the write lock, and dropped whenever a file rolls back or an article is removed.
   */
  private readonly entityCache = new Map<string, KnownEntity>();

  constructor(db: Db) {
    this.db = db;
    this.sql = prepareStatements(db);
    const putFile = db.transaction(this.putFile.bind(this));
    const removeFile = db.transaction(this.removeFile.bind(this));
    this.putFile = (...args) => this.inFileSavepoint(() => putFile(...args));
    this.removeFile = (...args) => this.inFileSavepoint(() => removeFile(...args));
  }

  /**
   * BEGIN IMMEDIATE: take the write lock up front, so a second writer waits (busy_timeout) instead of
   * failing when it upgrades a read transaction another writer has moved past.
   */
  beginBatch(): void {
    if (this.db.inTransaction) return;
    this.entityCache.clear();
    this.db.exec("BEGIN IMMEDIATE");
  }

  commitBatch(): void {
    if (!this.db.inTransaction) return;
    this.entityCache.clear();
    try {
      for (const change of this.ftsChanges) {
        if (change.remove) this.sql.deleteFts.run(change.rowid, change.title, change.body);
        else this.sql.insertFts.run(change.rowid, change.title, change.body);
      }
      this.db.exec("COMMIT");
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    } finally {
      this.ftsChanges = [];
    }
  }

  /**
   * After a large change, merges the full-text index into one segment: a query then reads one doclist
   * per term instead of one per segment, and the index is smaller. Then gives back the pages FTS5 segment
   * merges freed (a database made before auto_vacuum was set keeps them), and TRUNCATE: the log of a
   * large run would otherwise keep its size on disk until the last connection closes. Readers are waited
   * for (busy_timeout); if they hold on, the log is left for later.
   */
  checkpoint(changed: number): void {
    if (changed * OPTIMIZE_SHARE >= (this.sql.articleCount.get() as number)) {
      this.sql.optimizeFts.run();
    }
    this.db.pragma("incremental_vacuum");
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  private inFileSavepoint<T>(write: () => T): T {
    this.beginBatch();
    this.fileFtsChanges = [];
    try {
      const result = write();
      this.ftsChanges.push(...this.fileFtsChanges);
      return result;
    } catch (error) {
      this.entityCache.clear();
      throw error;
    }
  }

  fileState(path: string): FileFacts | undefined {
    const row = this.sql.fileState.get(path) as FileFacts | undefined;
    return row && { ...row, sha256: row.sha256.toLowerCase() };
  }

  touchFile(path: string, facts: FileFacts): void {
    this.sql.touchFile.run(facts.size, facts.mtimeMs, path);
  }

  putFile(path: string, facts: FileFacts, article: PreparedArticle): void {
    const now = new Date().toISOString();
    const previous = this.sql.fileRow.get(path) as
      | { article: number; firstSeen: string }
      | undefined;
    const firstSeen = previous?.firstSeen ?? now;
    let rowid = this.sql.articleRowid.get(article.id) as number | undefined;
    const recordFile = (articleRowid: number) =>
      this.sql.upsertFile.run(
        path,
        Buffer.from(facts.sha256, "hex"),
        facts.size,
        facts.mtimeMs,
        articleRowid,
        firstSeen,
      );
    if (previous?.article === rowid && rowid !== undefined) {
      recordFile(rowid);
      return;
    }
    if (previous) {
      this.sql.deleteFile.run(path);
      this.releaseArticle(previous.article);
    }
    rowid ??= this.insertArticle(article, firstSeen);
    this.sql.countFiles.run(1, rowid);
    recordFile(rowid);
  }

  removeFile(path: string): boolean {
    const previous = this.sql.fileRow.get(path) as { article: number } | undefined;
    if (!previous) return false;
    this.sql.deleteFile.run(path);
    this.releaseArticle(previous.article);
    return true;
  }

  indexedPathsUnder(dir: string): string[] {
    const prefix = dir.endsWith("/") || dir.endsWith("\\") ? dir : `${dir}/`;
    const upper =
      prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const inside = this.sql.pathsInRange.all(prefix, upper) as string[];
    return this.sql.fileState.get(dir) ? [dir, ...inside] : inside;
  }

  markIndexed(at: string): void {
    this.sql.setMeta.run("last_indexed_at", at);
  }

  private insertArticle(article: PreparedArticle, indexedAt: string): number {
    const slug = this.uniqueArticleSlug(article);
    const sortKey = sortKeyOf(article.publishedAt, indexedAt);
    const { lastInsertRowid } = this.sql.insertArticle.run(
      article.id,
      slug,
      article.title,
      article.section ?? null,
      article.publishedAt ?? null,
      indexedAt,
      sortKey,
      article.wordCount,
      article.figureCount,
      article.card,
    );
    const rowid = Number(lastInsertRowid);
    this.sql.insertDocument.run(rowid, article.doc, article.text);
    this.fileFtsChanges.push({
      rowid,
      title: article.searchTitle,
      body: article.searchBody,
      remove: false,
    });
    const linked = this.linkEntities(rowid, sortKey, article.entities);
    article.quotes.forEach((quote, ord) => {
      const speakerEntity = quote.speakerEntityId ? linked.get(quote.speakerEntityId) : undefined;
      if (ord >= MAX_QUOTES_PER_ARTICLE) return;
      // A speaker who is their entity's name is read from the entity (see migrations.ts).
      const speaker = quote.speaker === speakerEntity?.name ? null : (quote.speaker ?? null);
      this.sql.insertQuote.run(
        rowid * MAX_QUOTES_PER_ARTICLE + ord,
        sortKey,
        speaker,
        quote.speakerType ?? null,
        speakerEntity?.rowid ?? null,
        quote.channel ?? null,
        quote.kind,
      );
    });
    return rowid;
  }

  /** Upserts the article's entities, links them, and maps each article-local entity id to its row. */
  private linkEntities(
    article: number,
    sortKey: number,
    entities: PreparedEntity[],
  ): Map<string, KnownEntity> {
    const byLocalId = new Map<string, KnownEntity>();
    const mentions = new Map<number, number>();
    for (const entity of entities) {
      if (entity.key.trim() === "") continue;
      const known = this.upsertEntity(entity);
      byLocalId.set(entity.id, known);
      mentions.set(known.rowid, (mentions.get(known.rowid) ?? 0) + entity.mentions);
    }
    for (const [entity, count] of mentions) {
      this.sql.countEntity.run(1, count, entity);
      this.sql.insertArticleEntity.run(entity, sortKey, article);
    }
    if (mentions.size > 0) this.sql.setEntityLinks.run(encodeEntityLinks(mentions), article);
    return byLocalId;
  }

  private upsertEntity(entity: PreparedEntity): KnownEntity {
    const { key } = entity;
    const cacheKey = `${entity.type}\u0000${key}`;
    let known = this.entityCache.get(cacheKey);
    if (!known) {
      const found = this.sql.entityByKey.get(entity.type, key) as
        | { rowid: number; name: string; aliases: string }
        | undefined;
      if (found) {
        known = { ...found, aliases: JSON.parse(found.aliases) as string[] };
      } else {
        const slug = this.uniqueEntitySlug(entity, key);
        const { lastInsertRowid } = this.sql.insertEntity.run(slug, entity.type, entity.name, key);
        known = { rowid: Number(lastInsertRowid), name: entity.name, aliases: [] };
      }
      this.entityCache.set(cacheKey, known);
    }
    this.mergeAliases(known, entity.aliases);
    return known;
  }

  private mergeAliases(known: KnownEntity, incoming: string[]): void {
    const before = known.aliases.length;
    for (const alias of incoming) {
      if (known.aliases.length >= MAX_ALIASES) break;
      if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
    if (known.aliases.length !== before) {
      this.sql.setAliases.run(JSON.stringify(known.aliases), known.rowid);
    }
  }

  /** Drops one file's hold on an article, and the article when no file holds it any more. */
  private releaseArticle(article: number): void {
    this.sql.countFiles.run(-1, article);
    if (((this.sql.fileCount.get(article) as number | undefined) ?? 0) > 0) return;
    this.entityCache.clear();
    const row = this.sql.articleForRemoval.get(article) as
      | { sortKey: number; links: Uint8Array | string; title: string; text: Buffer }
      | undefined;
    if (!row) return;
    const body = searchableText(decodeText(row.text));
    this.fileFtsChanges.push({ rowid: article, title: searchableTitle(row), body, remove: true });
    const links = decodeEntityLinks(row.links);
    for (const [entity, mentions] of links) {
      this.sql.deleteArticleEntity.run(entity, row.sortKey, article);
      this.sql.countEntity.run(-1, -mentions, entity);
    }
    const firstQuote = article * MAX_QUOTES_PER_ARTICLE;
    this.sql.deleteQuotes.run(row.sortKey, firstQuote, firstQuote + MAX_QUOTES_PER_ARTICLE - 1);
    this.sql.deleteArticle.run(article);
    for (const [entity] of links) this.sql.deleteUnusedEntity.run(entity);
  }

  private uniqueArticleSlug(article: Pick<PreparedArticle, "id" | "slug" | "title">): string {
    const base = slugify(article.slug) || slugify(article.title) || "article";
    const tag =
      article.id
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 8) || "a";
    const candidates = [base, withSuffix(base, tag)];
    for (const slug of candidates) if (!this.sql.slugTaken.get(slug)) return slug;
    for (let n = 2; ; n++) {
      const slug = withSuffix(base, `${tag}-${n}`);
      if (!this.sql.slugTaken.get(slug)) return slug;
    }
  }

  private uniqueEntitySlug(entity: PreparedEntity, key: string): string {
    const base =
      slugify(entity.name) ||
      `${entity.type}-${createHash("sha256").update(key).digest("hex").slice(0, 10)}`;
    const candidates = [base, withSuffix(base, entity.type)];
    for (const slug of candidates) if (!this.sql.entitySlugTaken.get(slug)) return slug;
    for (let n = 2; ; n++) {
      const slug = withSuffix(base, `${entity.type}-${n}`);
      if (!this.sql.entitySlugTaken.get(slug)) return slug;
    }
  }
}

function withSuffix(base: string, suffix: string, maxLength = 80): string {
  const head = base.slice(0, Math.max(1, maxLength - suffix.length - 1)).replace(/-+$/, "");
  return `${head}-${suffix}`;
}
