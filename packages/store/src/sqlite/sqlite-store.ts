import type {
  Article,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  Page,
  QuoteRecord,
  SearchHit,
  StoreStats,
} from "@news/schema";
import { StoreInputError } from "../errors.js";
import { type IndexPlan, planChanges, planInputs, runIndex } from "../ingest.js";
import type {
  IndexOptions,
  IndexResult,
  ListArticlesOptions,
  ListEntitiesOptions,
  ListQuotesOptions,
  SearchOptions,
  Store,
  Watcher,
  WatchOptions,
} from "../store.js";
import { watchFolder } from "../watch.js";
import * as articles from "./article-reads.js";
import { type Db, openDatabase } from "./database.js";
import * as entities from "./entity-reads.js";
import { search } from "./search.js";
import { StatementCache } from "./statements.js";
import { SqliteWriter } from "./writer.js";

/** The embedded store: one SQLite file in WAL mode, so readers never wait for the writer. */
export class SqliteStore implements Store {
  readonly path: string;
  private readonly db: Db;
  private readonly sql: StatementCache;
  private readonly readonly: boolean;
  private writer: SqliteWriter | undefined;
  /** Index runs (calls and watcher batches) are serialised. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(path: string, readonly = false) {
    this.path = path;
    this.readonly = readonly;
    this.db = openDatabase(path, readonly);
    this.sql = new StatementCache(this.db);
  }

  indexFiles(dirOrFiles: string | string[], options?: IndexOptions): Promise<IndexResult> {
    return this.enqueue(async () => this.run(await planInputs(dirOrFiles), options));
  }

  watchFiles(dir: string, options?: WatchOptions): Watcher {
    this.writable();
    return watchFolder(
      dir,
      (root, changed) => this.enqueue(async () => this.run(await planChanges(root, changed))),
      options,
    );
  }

  getArticle(slugOrId: string): Article | null {
    return articles.getArticle(this.sql, slugOrId);
  }

  getArticleSummary(slugOrId: string): ArticleSummary | null {
    return articles.getArticleSummary(this.sql, slugOrId);
  }

  listArticles(options?: ListArticlesOptions): Page<ArticleSummary> {
    return articles.listArticles(this.sql, options);
  }

  search(query: string, options?: SearchOptions): Page<SearchHit> {
    return search(this.sql, query, options);
  }

  listEntities(options?: ListEntitiesOptions): EntitySummary[] {
    return entities.listEntities(this.sql, options);
  }

  getEntity(slug: string): EntityDetail | null {
    return entities.getEntity(this.sql, slug);
  }

  listQuotes(options?: ListQuotesOptions): Page<QuoteRecord> {
    return entities.listQuotes(this.sql, options);
  }

  relatedArticles(slugOrId: string, limit?: number): ArticleSummary[] {
    return articles.relatedArticles(this.sql, slugOrId, limit);
  }

  listSections(): { name: string; count: number }[] {
    return articles.listSections(this.sql);
  }

  stats(): StoreStats {
    return articles.stats(this.sql);
  }

  close(): void {
    if (!this.db.open) return;
    if (!this.readonly) this.db.pragma("optimize");
    this.db.close();
  }

  private run(plan: IndexPlan, options?: IndexOptions): Promise<IndexResult> {
    return runIndex(this.writable(), plan, options);
  }

  private writable(): SqliteWriter {
    if (this.readonly) throw new StoreInputError(`${this.path} is open read-only: it cannot index`);
    this.writer ??= new SqliteWriter(this.db);
    return this.writer;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
