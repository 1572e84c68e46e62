import { stat } from "node:fs/promises";
import { extname, relative, resolve, sep } from "node:path";
import { errorMessage } from "./errors.js";
import { type FileFacts, loadParser, openParsePool, type ParseOutcome } from "./parse-pool.js";
import type { PreparedArticle } from "./prepared.js";
import type { IndexFailure, IndexOptions, IndexResult } from "./store.js";

/** What the ingest loop needs from a store; each file's write is all or nothing within a batch. */
export interface IndexTarget {
  fileState(path: string): FileFacts | undefined;
  touchFile(path: string, facts: FileFacts): void;
  putFile(path: string, facts: FileFacts, article: PreparedArticle): void;
  removeFile(path: string): boolean;
  indexedPathsUnder(dir: string): string[];
  markIndexed(at: string): void;
  /** Opens a transaction that the file writes nest in; `commitBatch` commits it. */
  beginBatch(): void;
  commitBatch(): void;
  /**
   * After a run that wrote `changed` articles (indexed or removed): tidies the index when the run changed
   * a large share of it, moves the write-ahead log into the database and empties it.
   */
  checkpoint(changed: number): void;
}

export type { FileFacts };

/** The files to visit, the folders whose vanished files are removed, and paths that no longer exist. */
export interface IndexPlan {
  files: { path: string; root?: string }[];
  scopes: string[];
  missing: string[];
}

export const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".story"]);
/** Files read and parsed ahead of the writer: enough to keep the parse workers busy. */
const READ_AHEAD = 64;

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

/**
 * A batch commits after this many files or this long, whichever comes first: each commit rewrites every
 * index page the batch touched, so larger batches write less; a concurrent writer waits at most this long.
 */
const BATCH_FILES = 2000;
const BATCH_MS = 1000;
const LATE = Symbol("late");

/**
 * Reads, hashes and parses files ahead (parsing in worker threads) while this thread writes them in
 * order. Each file is all or nothing (a savepoint); files are committed in batches of at most BATCH_FILES
 * files or BATCH_MS (also while waiting for the next file), and when the run stops, so a concurrent writer
 * or a kill waits for or loses at most that much. An abort stops between files, after committing the files
 * already reported.
 */
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
  const total = plan.files.length;
  let done = 0;
  const fail = (failure: IndexFailure) => {
    result.failed++;
    result.failures.push(failure);
  };
  const pool = openParsePool(total);
  const batch = new Batch(target);
  try {
    const reads = readAhead(plan.files, (file) => {
      const section = sectionOf(file.path, file.root);
      const known = target.fileState(file.path);
      return pool.parse({
        path: file.path,
        ...(section ? { section } : {}),
        ...(known ? { known } : {}),
      });
    });
    for (let next = reads.next(); next; next = reads.next()) {
      signal?.throwIfAborted();
      const outcome = next.settled ? await next.value : await batch.waitFor(next.value);
      signal?.throwIfAborted();
      if (outcome.kind !== "unchanged") batch.open();
      const status = ingestOne(target, outcome, result, fail);
      done++;
      onProgress?.({ done, total, path: outcome.path, status });
      if (batch.full()) batch.commit();
    }
    signal?.throwIfAborted();
    batch.open();
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
  } finally {
    batch.commit();
    await pool.close();
  }
  const changed = result.indexed + result.removed;
  if (changed > 0) target.checkpoint(changed);
  result.durationMs = Math.round(performance.now() - started);
  return result;
}

class Batch {
  private files = 0;
  private openedAt = 0;

  constructor(private readonly target: IndexTarget) {}

  open(): void {
    if (this.files === 0) {
      this.target.beginBatch();
      this.openedAt = performance.now();
    }
    this.files++;
  }

  full(): boolean {
    return this.files > 0 && (this.files >= BATCH_FILES || this.age() >= BATCH_MS);
  }

  /** Waits for the next file, committing first if that would keep the batch open past BATCH_MS. */
  async waitFor<R>(next: Promise<R>): Promise<R> {
    if (this.files === 0) return next;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), Math.max(0, BATCH_MS - this.age()));
    });
    const first = await Promise.race([next, late]);
    clearTimeout(timer);
    if (first !== LATE) return first;
    this.commit();
    return next;
  }

  private age(): number {
    return performance.now() - this.openedAt;
  }

  commit(): void {
    if (this.files === 0) return;
    this.files = 0;
    this.target.commitBatch();
  }
}

function ingestOne(
  target: IndexTarget,
  outcome: ParseOutcome,
  result: IndexResult,
  fail: (failure: IndexFailure) => void,
): "indexed" | "unchanged" | "failed" {
  const { path } = outcome;
  try {
    switch (outcome.kind) {
      case "unchanged":
        result.unchanged++;
        return "unchanged";
      case "touched":
        target.touchFile(path, outcome.facts);
        result.unchanged++;
        return "unchanged";
      case "failed":
        if (outcome.remove) target.removeFile(path);
        fail(outcome.failure);
        return "failed";
      case "parsed":
        target.putFile(path, outcome.facts, outcome.article);
        result.indexed++;
        return "indexed";
    }
  } catch (error) {
    fail({ path, code: "store", message: `${path}: ${errorMessage(error)}` });
    return "failed";
  }
}

interface Ahead<R> {
  value: Promise<R>;
  settled: boolean;
}

/**
 * Maps items through an async reader, keeping READ_AHEAD reads in flight; `next()` hands them out in
 * input order (undefined at the end), each saying whether it has finished yet.
 */
function readAhead<T, R>(
  items: Iterable<T>,
  read: (item: T) => Promise<R>,
): { next(): Ahead<R> | undefined } {
  const source = items[Symbol.iterator]();
  const pending: Ahead<R>[] = [];
  const fill = () => {
    while (pending.length < READ_AHEAD) {
      const next = source.next();
      if (next.done) return;
      const ahead: Ahead<R> = { value: read(next.value), settled: false };
      void ahead.value.then(() => {
        ahead.settled = true;
      });
      pending.push(ahead);
    }
  };
  return {
    next() {
      fill();
      const head = pending.shift();
      fill();
      return head;
    },
  };
}
