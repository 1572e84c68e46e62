import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export const cliDir = resolve(here, "..");
export const cliPath = resolve(cliDir, "dist/news.js");
export const repoRoot = resolve(cliDir, "../..");
export const fixturesDir = resolve(here, "fixtures");
export const seedsDir = resolve(repoRoot, "seeds");
export const sharedDir = process.env.NEWS_SHARED ?? resolve(repoRoot, "../shared");
export const hasShared = existsSync(join(sharedDir, "corpus"));

export function seedFile(): string {
  const name = readdirSync(seedsDir).find((file) => file.endsWith(".txt"));
  if (name === undefined) throw new Error(`no seed article in ${seedsDir}`);
  return join(seedsDir, name);
}

export function tempDir(prefix = "news-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Runs the BUILT binary as a user would, without colour settings inherited from the test runner. */
export function runCli(args: string[], options: RunOptions = {}): CliRun {
  if (!existsSync(cliPath)) throw new Error(`build the CLI first: ${cliPath} is missing`);
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "NEWS_DB", "NEWS_SEEDS", "NEWS_SITE_URL"])
    delete env[name];
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? cliDir,
    env: { ...env, ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user mistake never shows a stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+[(:]\d+/.test(text) || /node:internal/.test(text);
}

export function ndjsonLines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}
