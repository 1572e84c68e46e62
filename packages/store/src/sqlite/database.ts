import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { searchableText } from "../article-text.js";
import { decodeText } from "../doc-codec.js";
import { StoreOpenError } from "../errors.js";
import { migrations } from "./migrations.js";

export type Db = Database.Database;

/** Opens (creating and migrating unless read-only) a store database with the performance pragmas set. */
export function openDatabase(path: string, readonly: boolean): Db {
  if (readonly && !existsSync(path)) {
    throw new StoreOpenError(`no news database at ${path}: index some articles first`);
  }
  if (!readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly, fileMustExist: readonly });
  try {
    db.function("article_body", { deterministic: true }, (text: unknown) =>
      text instanceof Uint8Array ? searchableText(decodeText(text)) : null,
    );
    db.pragma("busy_timeout = 5000");
    if (!readonly) {
      // Takes effect only on a new database; 16 KiB pages waste less of each page on ~2 KB documents.
      db.pragma("page_size = 16384");
      // Also only on a new database: lets a run give back the pages FTS5 merges free (incremental_vacuum).
      db.pragma("auto_vacuum = INCREMENTAL");
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    db.pragma("foreign_keys = ON");
    db.pragma("mmap_size = 268435456");
    db.pragma("temp_store = MEMORY");
    db.pragma("cache_size = -32000");
    if (readonly) checkVersion(db, path);
    else migrate(db, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function userVersion(db: Db): number {
  return db.pragma("user_version", { simple: true }) as number;
}

function checkVersion(db: Db, path: string): void {
  const version = userVersion(db);
  if (version > migrations.length) {
    throw new StoreOpenError(`${path} was written by a newer @news/store (schema ${version})`);
  }
  if (version < migrations.length) {
    throw new StoreOpenError(
      `${path} has schema ${version}, this @news/store needs ${migrations.length}: open it once read-write to migrate`,
    );
  }
}

function migrate(db: Db, path: string): void {
  if (userVersion(db) === migrations.length) return;
  db.transaction(() => {
    const version = userVersion(db);
    if (version > migrations.length) {
      throw new StoreOpenError(`${path} was written by a newer @news/store (schema ${version})`);
    }
    for (let next = version; next < migrations.length; next++) {
      db.exec(migrations[next] ?? "");
      db.pragma(`user_version = ${next + 1}`);
    }
  }).immediate();
}
