import type { Statement } from "better-sqlite3";
import type { Db } from "./database.js";

/** Prepares each distinct SQL text once per connection; queries with optional filters reuse their variant. */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Clamps a caller's page size into [1, max], defaulting when absent or not a number. */
export function pageSize(requested: number | undefined, fallback: number, max: number): number {
  if (requested === undefined || !Number.isFinite(requested)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(requested)));
}

/** Escapes `%`, `_` and `\` for `LIKE ... ESCAPE '\'`. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
