import { existsSync } from "node:fs";
import { defaultDbPath, openStore, type Store, StoreInputError } from "@news/store";
import { CliError, describeSystemError, UsageError } from "../errors.js";

/** Opens an existing index read-only; a missing one is a clear message, not a SQLite error. */
export function openIndexForReading(dbPath: string | undefined): Store {
  const path = dbPath ?? defaultDbPath();
  if (!existsSync(path)) {
    throw new CliError(`no index at ${path}: run 'news index' first (or pass --db)`);
  }
  try {
    return openStore({ path, readonly: true });
  } catch (error) {
    throw new CliError(`cannot open the index ${path}: ${describeSystemError(error)}`);
  }
}

/** Runs `use` with an open index and always closes it; input the store refuses is a usage error. */
export async function withIndex<T>(
  dbPath: string | undefined,
  use: (store: Store) => T | Promise<T>,
): Promise<T> {
  const store = openIndexForReading(dbPath);
  try {
    return await use(store);
  } catch (error) {
    if (error instanceof StoreInputError) throw new UsageError(error.message);
    throw error;
  } finally {
    store.close();
  }
}

/** Follows `nextCursor` until `limit` items (or the end) are collected. */
export function collectPages<T>(
  fetchPage: (
    cursor: string | undefined,
    limit: number,
  ) => { items: T[]; nextCursor: string | null },
  limit: number,
  pageSize = 200,
): T[] {
  const items: T[] = [];
  let cursor: string | undefined;
  while (items.length < limit) {
    const page = fetchPage(cursor, Math.min(pageSize, limit - items.length));
    items.push(...page.items);
    if (page.nextCursor === null || page.items.length === 0) break;
    cursor = page.nextCursor;
  }
  return items.slice(0, limit);
}
