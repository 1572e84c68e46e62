import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The nearest ancestor of `from` holding pnpm-workspace.yaml or .git; `from` itself when there is none. */
export function findProjectRoot(from: string = process.cwd()): string {
  const start = resolve(from);
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml")) || existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

/** `NEWS_DB`, else `<project root>/.news/news.db`. */
export function defaultDbPath(): string {
  const fromEnv = process.env.NEWS_DB;
  if (fromEnv) return resolve(fromEnv);
  return join(findProjectRoot(), ".news", "news.db");
}

/** `NEWS_SEEDS`, else `<project root>/seeds`. */
export function defaultSeedsDir(): string {
  const fromEnv = process.env.NEWS_SEEDS;
  if (fromEnv) return resolve(fromEnv);
  return join(findProjectRoot(), "seeds");
}
