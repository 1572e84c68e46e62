import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findProjectRoot } from "../paths.js";

export const repoRoot = findProjectRoot(import.meta.dirname);
export const seedsDir = join(repoRoot, "seeds");
export const seedFile = join(seedsDir, "000_3e38a193c9175502.txt");
export const sharedDir = resolve(process.env.NEWS_SHARED ?? join(repoRoot, "..", "shared"));
export const bbcDir = join(sharedDir, "corpus", "bbc");
export const hasBbc = existsSync(bbcDir);
if (!hasBbc) console.warn(`[@news/store] ${bbcDir} not found: BBC corpus tests are skipped`);

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "news-store-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
