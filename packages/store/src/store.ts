import type {
  Article,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EntityType,
  Page,
  QuoteRecord,
  SearchHit,
  StoreStats,
} from "@news/schema";

export interface IndexProgress {
  done: number;
  total: number;
  path: string;
  status: "indexed" | "unchanged" | "failed";
}

export interface IndexFailure {
  path: string;
  code: string;
  message: string;
  line?: number;
}

export interface IndexResult {
  indexed: number;
  unchanged: number;
  removed: number;
  failed: number;
  failures: IndexFailure[];
  durationMs: number;
}

export interface IndexOptions {
  onProgress?: (progress: IndexProgress) => void;
  signal?: AbortSignal;
}

export interface WatchOptions {
  debounceMs?: number;
  onIndexed?: (result: IndexResult) => void;
  onError?: (error: Error) => void;
}

export interface Watcher {
  close(): Promise<void>;
}

export interface ListArticlesOptions {
  cursor?: string;
  limit?: number;
  section?: string;
  /** An entity slug: only articles that mention it. */
  entity?: string;
  /** Inclusive lower bound on the publication (else first-indexed) date. */
  from?: string;
  /** Inclusive upper bound; a calendar date includes that whole day. */
  to?: string;
}

export interface SearchOptions {
  limit?: number;
  cursor?: string;
  section?: string;
  /** Only articles with an entity of this type whose name contains one of the query's words. */
  entityType?: EntityType;
}

export interface ListEntitiesOptions {
  type?: EntityType;
  limit?: number;
  /** Case-insensitive substring of the name or an alias. */
  query?: string;
}

export interface ListQuotesOptions {
  /** An entity slug, or a case-insensitive substring of the speaker's name. */
  speaker?: string;
  limit?: number;
  cursor?: string;
}

/** The article index the CLI and the site read. Implementations keep their query language to themselves. */
export interface Store {
  readonly path: string;
  indexFiles(dirOrFiles: string | string[], options?: IndexOptions): Promise<IndexResult>;
  watchFiles(dir: string, options?: WatchOptions): Watcher;
  getArticle(slugOrId: string): Article | null;
  /** One article's list entry (with when it was first indexed), by slug or id. */
  getArticleSummary(slugOrId: string): ArticleSummary | null;
  listArticles(options?: ListArticlesOptions): Page<ArticleSummary>;
  search(query: string, options?: SearchOptions): Page<SearchHit>;
  listEntities(options?: ListEntitiesOptions): EntitySummary[];
  getEntity(slug: string): EntityDetail | null;
  listQuotes(options?: ListQuotesOptions): Page<QuoteRecord>;
  relatedArticles(slugOrId: string, limit?: number): ArticleSummary[];
  listSections(): { name: string; count: number }[];
  stats(): StoreStats;
  close(): void;
}

export interface OpenStoreOptions {
  /** Database file; default `defaultDbPath()`. */
  path?: string;
  /** Open for reading only: no migration, no writes. The database must exist. */
  readonly?: boolean;
}
