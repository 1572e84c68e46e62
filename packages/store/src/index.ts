import { defaultDbPath } from "./paths.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { OpenStoreOptions, Store } from "./store.js";

export { StoreInputError, StoreOpenError } from "./errors.js";
export { defaultDbPath, defaultSeedsDir, findProjectRoot } from "./paths.js";
export type {
  IndexFailure,
  IndexOptions,
  IndexProgress,
  IndexResult,
  ListArticlesOptions,
  ListEntitiesOptions,
  ListQuotesOptions,
  OpenStoreOptions,
  SearchOptions,
  Store,
  Watcher,
  WatchOptions,
} from "./store.js";

/** Opens the article store, creating and migrating the database unless `readonly`. */
export function openStore(options: OpenStoreOptions = {}): Store {
  return new SqliteStore(options.path ?? defaultDbPath(), options.readonly ?? false);
}
