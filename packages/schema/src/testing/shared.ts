import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The read-only data folder next to the repository, or `NEWS_SHARED` when set. */
export const sharedDir =
  process.env.NEWS_SHARED ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));

export const hasShared = existsSync(sharedDir);

if (!hasShared) {
  console.warn(`skipping tests that need ${sharedDir}: folder not found (set NEWS_SHARED)`);
}
