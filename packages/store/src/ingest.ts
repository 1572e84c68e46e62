import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, relative, resolve, sep } from "node:path";
import type { safeParseArticle } from "@news/parser";
import type { Article } from "@news/schema";
import type { IndexFailure, IndexOptions, IndexResult } from "./store.js";

/** The parser loads on first ingest only, so opening a store to read it stays quick. */
const loadParser = () => import("@news/parser");

/** What the ingest loop needs from a store; each write is one transaction. */
export interface IndexTarget {
  fileState(path: string): FileFacts | undefined;
  touchFile(path: string, facts: FileFacts): void;
  putFile(path: string, facts: FileFacts, article: Article): void;
  removeFile(path: string): boolean;
  indexedPathsUnder(dir: string): string[];
  markIndexed(at: string): void;
}

export interface FileFacts {
  sha256: string;
  size: number;
  mtimeMs: number;
}

/** The files to visit, the folders whose vanished files are removed, and paths that no longer exist. */
export interface IndexPlan {
  files: { path: string; root?: string }[];
  scopes: string[];
  missing: string[];
}

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".story"]);
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const READ_AHEAD = 8;

/** Plans `indexFiles`: a folder is scanned (and owns deletions below it), a file is taken as given. */
export async function planInputs(dirOrFiles: string | string[]): Promise<IndexPlan> {
  const inputs = (Array.isArray(dirOrFiles) ? dirOrFiles : [dirOrFiles]).map((p) => resolve(p));
  const plan: IndexPlan = { files: [], scopes: [], missing: [] };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) plan.missing.push(input);
    else if (info.isDirectory()) await addFolder(plan, input, input);
    else plan.files.push({ path: input });
  }
  return dedupe(plan);
}

/** Plans a watcher's batch: changed paths under `root`, sections taken relative to `root`. */
export async function planChanges(root: string, changed: Iterable<string>): Promise<IndexPlan> {
  const plan: IndexPlan = { files: [], scopes: [], missing: [] };
  for (const path of changed) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      plan.missing.push(path);
      plan.scopes.push(path);
    } else if (info.isDirectory()) await addFolder(plan, path, root);
    else if (ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) plan.files.push({ path, root });
  }
  return dedupe(plan);
}

async function addFolder(plan: IndexPlan, dir: string, root: string): Promise<void> {
  plan.scopes.push(dir);
  const { findArticleFiles } = await loadParser();
  for (const file of await findArticleFiles([dir]))
    plan.files.push({ path: resolve(dir, file), root });
}

function dedupe(plan: IndexPlan): IndexPlan {
  const seen = new Set<string>();
  plan.files = plan.files.filter(({ path }) => !seen.has(path) && Boolean(seen.add(path)));
  return plan;
}

/** The first folder below `root` that holds the file: corpus/bbc/business/001.txt under corpus/bbc is "business". */
export function sectionOf(path: string, root: string | undefined): string | undefined {
  if (!root) return undefined;
  const parts = relative(root, path).split(sep);
  if (parts.length < 2 || parts[0] === ".." || !parts[0]) return undefined;
  return parts[0];
}

type ReadOutcome =
  | { path: string; root?: string; kind: "unchanged" }
  | { path: string; root?: string; kind: "read"; bytes: Buffer; facts: FileFacts }
  | { path: string; root?: string; kind: "failed"; failure: IndexFailure };

export async function runIndex(
  target: IndexTarget,
  plan: IndexPlan,
  options: IndexOptions = {},
): Promise<IndexResult> {
  const started = performance.now();
  const result: IndexResult = {
    indexed: 0,
    unchanged: 0,
    removed: 0,
    failed: 0,
    failures: [],
    durationMs: 0,
  };
  const { onProgress, signal } = options;
  const { safeParseArticle } = await loadParser();
  const total = plan.files.length;
  let done = 0;
  const fail = (failure: IndexFailure) => {
    result.failed++;
    result.failures.push(failure);
  };
  for await (const outcome of readAhead(plan.files, (file) => readOne(target, file))) {
    signal?.throwIfAborted();
    const status = ingestOne(target, outcome, result, fail, safeParseArticle);
    done++;
    onProgress?.({ done, total, path: outcome.path, status });
  }
  signal?.throwIfAborted();

  const visited = new Set(plan.files.map((file) => file.path));
  for (const scope of plan.scopes) {
    for (const path of target.indexedPathsUnder(scope)) {
      if (!visited.has(path) && target.removeFile(path)) result.removed++;
    }
  }
  for (const path of plan.missing) {
    if (target.removeFile(path)) result.removed++;
    else if (!plan.scopes.includes(path)) {
      fail({ path, code: "io", message: `${path}: no such file or folder` });
    }
  }
  if (result.indexed + result.removed > 0) target.markIndexed(new Date().toISOString());
  result.durationMs = Math.round(performance.now() - started);
  return result;
}

function ingestOne(
  target: IndexTarget,
  outcome: ReadOutcome,
  result: IndexResult,
  fail: (failure: IndexFailure) => void,
  parseBytes: typeof safeParseArticle,
): "indexed" | "unchanged" | "failed" {
  if (outcome.kind === "unchanged") {
    result.unchanged++;
    return "unchanged";
  }
  if (outcome.kind === "failed") {
    fail(outcome.failure);
    return "failed";
  }
  const { path, facts, bytes } = outcome;
  if (target.fileState(path)?.sha256 === facts.sha256) {
    target.touchFile(path, facts);
    result.unchanged++;
    return "unchanged";
  }
  const parsed = parse(parseBytes, bytes, path, sectionOf(path, outcome.root));
  try {
    if (!parsed.ok) {
      target.removeFile(path);
      fail(parsed.failure);
      return "failed";
    }
    target.putFile(path, facts, parsed.article);
  } catch (error) {
    fail({ path, code: "store", message: `${path}: ${errorMessage(error)}` });
    return "failed";
  }
  result.indexed++;
  return "indexed";
}

function parse(
  safeParse: typeof safeParseArticle,
  bytes: Buffer,
  path: string,
  section: string | undefined,
): { ok: true; article: Article } | { ok: false; failure: IndexFailure } {
  try {
    const parsed = safeParse(bytes, section ? { path, section } : { path });
    if (parsed.ok) return parsed;
    const { code, message, line } = parsed.error;
    return {
      ok: false,
      failure: line === undefined ? { path, code, message } : { path, code, message, line },
    };
  } catch (error) {
    return {
      ok: false,
      failure: { path, code: "parser", message: `${path}: ${errorMessage(error)}` },
    };
  }
}

async function readOne(
  target: IndexTarget,
  file: { path: string; root?: string },
): Promise<ReadOutcome> {
  const { path } = file;
  try {
    const info = await stat(path);
    const known = target.fileState(path);
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) {
      return { ...file, kind: "unchanged" };
    }
    if (info.size > MAX_FILE_BYTES) {
      const message = `${path}: ${info.size} bytes is over the ${MAX_FILE_BYTES}-byte limit`;
      return { ...file, kind: "failed", failure: { path, code: "too-large", message } };
    }
    const bytes = await readFile(path);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    return {
      ...file,
      kind: "read",
      bytes,
      facts: { sha256, size: info.size, mtimeMs: info.mtimeMs },
    };
  } catch (error) {
    return { ...file, kind: "failed", failure: { path, code: "io", message: errorMessage(error) } };
  }
}

/** Maps items through an async reader, keeping a few reads in flight, yielding in input order. */
async function* readAhead<T, R>(
  items: Iterable<T>,
  read: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const source = items[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  const fill = () => {
    while (pending.length < READ_AHEAD) {
      const next = source.next();
      if (next.done) return;
      pending.push(read(next.value));
    }
  };
  fill();
  for (let head = pending.shift(); head; head = pending.shift()) {
    const value = await head;
    fill();
    yield value;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
