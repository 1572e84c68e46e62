import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Article } from "@news/schema";
import { convertPathToPattern, glob, isDynamicPattern } from "tinyglobby";
import { ParseError } from "./errors.js";
import type { ParseOptions } from "./options.js";
import { DEFAULT_MAX_BYTES } from "./options.js";
import { parseArticle } from "./pipeline.js";

export type FileParseResult =
  | { path: string; ok: true; article: Article }
  | { path: string; ok: false; error: ParseError };

const ARTICLE_EXTENSIONS = "{txt,md,markdown,story}";
const ARTICLE_FILE = /\.(?:txt|md|markdown|story)$/i;
const DEFAULT_CONCURRENCY = 8;

function ioError(path: string, error: unknown): ParseError {
  const code =
    error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : code === "ELOOP"
            ? "symbolic link loop (too many levels of symbolic links)"
            : error instanceof Error
              ? error.message
              : String(error);
  return new ParseError("io", `cannot read ${path}: ${reason}`, { path, cause: error });
}

/** Reads and parses one file. Never rejects: a file that cannot be read gives code "io". */
export async function parseFile(
  path: string,
  options: Omit<ParseOptions, "path"> = {},
): Promise<FileParseResult> {
  let bytes: Uint8Array;
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (info.size > maxBytes) {
      const error = new ParseError(
        "too-large",
        `input is ${info.size} bytes, more than the limit of ${maxBytes} bytes (raise maxBytes to read it)`,
        { path },
      );
      return { path, ok: false, error };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { path, ok: false, error: ioError(path, error) };
  }
  try {
    return { path, ok: true, article: parseArticle(bytes, { ...options, path }) };
  } catch (error) {
    const parseError =
      error instanceof ParseError
        ? error
        : new ParseError("not-an-article", String(error), { path });
    return { path, ok: false, error: parseError };
  }
}

/**
 * Parses many files, reading up to `concurrency` ahead, and yields results in input order.
 * Memory stays bounded: at most `concurrency` files are in flight.
 */
export async function* parseFiles(
  paths: Iterable<string> | AsyncIterable<string>,
  options: Omit<ParseOptions, "path"> & { concurrency?: number } = {},
): AsyncGenerator<FileParseResult> {
  const { concurrency = DEFAULT_CONCURRENCY, ...parseOptions } = options;
  const limit = Math.max(1, Math.floor(concurrency));
  const pending: Promise<FileParseResult>[] = [];
  for await (const path of paths) {
    pending.push(parseFile(path, parseOptions));
    if (pending.length >= limit) {
      const next = pending.shift();
      if (next !== undefined) yield await next;
    }
  }
  for (const next of pending) yield await next;
}

function toPosix(path: string): string {
  return path.replace(/\\/g, "/");
}

/**
 * Article-named symbolic links under `dir` that do not lead to a file (a loop, a dangling link).
 * The glob skips them without a word; they are listed so that reading them reports the reason.
 */
async function unresolvedLinks(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const links: string[] = [];
  for (const entry of entries) {
    if (!entry.isSymbolicLink() || !ARTICLE_FILE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (
      relative(dir, path)
        .split(sep)
        .some((segment) => segment.startsWith("."))
    )
      continue;
    const target = await stat(path).catch(() => undefined);
    if (target === undefined) links.push(path);
  }
  return links;
}

function depth(path: string): number {
  return path.split(/[\\/]/).length;
}

/**
 * One path per real file: a file reached again through a directory link (`cycle/back -> ..`)
 * is dropped, keeping its shortest path. A path that cannot be resolved stays, as itself.
 */
async function oncePerRealFile(paths: string[]): Promise<string[]> {
  const byRealPath = new Map<string, string>();
  const ordered = [...new Set(paths)].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
  for (const path of ordered) {
    const real = await realpath(path).catch(() => path);
    if (!byRealPath.has(real)) byRealPath.set(real, path);
  }
  return [...byRealPath.values()].sort();
}

/**
 * The article files (.txt, .md, .markdown, .story) in the given directories, files or glob
 * patterns, as absolute paths, sorted, and each real file once however many links lead to it.
 * Article-named links in the given directories that lead nowhere (a symlink loop, a dangling
 * link) are listed too, so that reading them fails with the reason instead of going unnoticed.
 */
export async function findArticleFiles(dirsOrGlobs: string[]): Promise<string[]> {
  const patterns: string[] = [];
  const dirs: string[] = [];
  for (const entry of dirsOrGlobs) {
    // A path that exists is taken literally, even when its name has glob characters in it.
    const info = await stat(entry).catch(() => undefined);
    const literal = convertPathToPattern(entry).replace(/\/+$/, "");
    if (info?.isDirectory()) {
      patterns.push(`${literal}/**/*.${ARTICLE_EXTENSIONS}`);
      dirs.push(resolve(entry));
    } else if (info?.isFile()) patterns.push(literal);
    else if (isDynamicPattern(toPosix(entry))) patterns.push(toPosix(entry));
  }
  if (patterns.length === 0) return [];
  const files = await glob(patterns, {
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
  });
  const articles = files.filter((file) => ARTICLE_FILE.test(file));
  for (const dir of dirs) articles.push(...(await unresolvedLinks(dir)));
  return oncePerRealFile(articles);
}
