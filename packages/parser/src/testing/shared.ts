import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: four levels up from packages/parser/src/testing. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const sharedDir = process.env.NEWS_SHARED ?? join(repoRoot, "..", "shared");
export const hasShared = existsSync(join(sharedDir, "corpus"));
export const seedPath = join(repoRoot, "seeds", "000_3e38a193c9175502.txt");

if (!hasShared) {
  console.warn(`[parser tests] ${sharedDir} not found: corpus tests are skipped (set NEWS_SHARED)`);
}
