import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: this file lives in tooling/bench/{src,dist}. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const sharedDir = process.env.NEWS_SHARED ?? join(repoRoot, "..", "shared");
export const bbcDir = join(sharedDir, "corpus", "bbc");
export const hasBbc = existsSync(bbcDir);

export const cliBin = join(repoRoot, "apps", "cli", "dist", "news.js");
export const webDir = join(repoRoot, "apps", "web");
export const reportPath = join(repoRoot, "docs", "benchmarks.md");
