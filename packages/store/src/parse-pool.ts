import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { safeParseArticle } from "@news/parser";
import { errorMessage } from "./errors.js";
import { type PreparedArticle, prepareArticle } from "./prepared.js";
import type { IndexFailure } from "./store.js";

export interface FileFacts {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export interface ParseJob {
  path: string;
  section?: string;
  /** What the store knows of the file: unchanged size and mtime, or unchanged bytes, skip the parse. */
  known?: FileFacts;
}

export type ParseOutcome =
  | { path: string; kind: "unchanged" }
  | { path: string; kind: "touched"; facts: FileFacts }
  | { path: string; kind: "parsed"; facts: FileFacts; article: PreparedArticle }
  | { path: string; kind: "failed"; failure: IndexFailure; remove?: boolean };

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads, hashes and parses files, and prepares their articles for the writer; `parse` never rejects. */
export interface ParsePool {
  parse(job: ParseJob): Promise<ParseOutcome>;
  close(): Promise<void>;
}

/** Runs fewer jobs than this in the calling thread: a worker's start-up would cost more than it saves. */
const MIN_JOBS_FOR_WORKERS = 16;
const MAX_WORKERS = 3;
const WORKER_FLAG = "newsStoreParseWorker";

/** The parser loads on first ingest only, so opening a store to read it stays quick. */
export const loadParser = () => import("@news/parser");

/**
 * Parsing runs in worker threads while the calling thread writes to SQLite. The worker runs this very
 * module (see the end of the file), so it is found wherever the store's code is: its own `dist`, or a
 * bundle that inlined it. Where it cannot run (the TypeScript sources under test, a worker that fails to
 * start or dies), files are parsed in the calling thread instead.
 */
export function openParsePool(expectedJobs: number): ParsePool {
  const script = workerScript();
  if (!script || expectedJobs < MIN_JOBS_FOR_WORKERS) return inThread;
  const size = Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
  return new WorkerPool(script, size);
}

const inThread: ParsePool = {
  parse: (job) => parseInThread(job),
  close: async () => {},
};

export async function parseInThread(job: ParseJob): Promise<ParseOutcome> {
  const { safeParseArticle } = await loadParser();
  return parseWith(safeParseArticle, job);
}

function parseWith(safeParse: typeof safeParseArticle, job: ParseJob): ParseOutcome {
  const { path, section, known } = job;
  let bytes: Buffer;
  let facts: FileFacts;
  try {
    const info = statSync(path);
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) {
      return { path, kind: "unchanged" };
    }
    if (info.size > MAX_FILE_BYTES) {
      const message = `${path}: ${info.size} bytes is over the ${MAX_FILE_BYTES}-byte limit`;
      return { path, kind: "failed", failure: { path, code: "too-large", message } };
    }
    bytes = readFileSync(path);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    facts = { sha256, size: info.size, mtimeMs: info.mtimeMs };
    if (known?.sha256 === sha256) return { path, kind: "touched", facts };
  } catch (error) {
    return { path, kind: "failed", failure: { path, code: "io", message: errorMessage(error) } };
  }
  const failed = (failure: IndexFailure): ParseOutcome => ({
    path,
    kind: "failed",
    failure,
    remove: true,
  });
  let parsed: ReturnType<typeof safeParseArticle>;
  try {
    parsed = safeParse(bytes, section ? { path, section } : { path });
  } catch (error) {
    return failed({ path, code: "parser", message: `${path}: ${errorMessage(error)}` });
  }
  if (!parsed.ok) {
    const { code, message, line } = parsed.error;
    return failed(line === undefined ? { path, code, message } : { path, code, message, line });
  }
  try {
    return { path, kind: "parsed", facts, article: prepareArticle(parsed.article) };
  } catch (error) {
    return failed({ path, code: "store", message: `${path}: ${errorMessage(error)}` });
  }
}

function workerScript(): URL | undefined {
  const url = new URL(import.meta.url);
  return url.protocol === "file:" && /\.[cm]?js$/.test(url.pathname) ? url : undefined;
}

interface Pending {
  job: ParseJob;
  resolve: (outcome: ParseOutcome) => void;
}

interface Reply {
  id: number;
  outcome: ParseOutcome;
}

class PoolWorker {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  private nextId = 0;
  private alive = true;
  private closing = false;

  constructor(script: URL) {
    this.worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
    this.worker.on("message", ({ id, outcome }: Reply) => {
      const pending = this.pending.get(id);
      this.pending.delete(id);
      pending?.resolve(outcome);
    });
    this.worker.on("error", () => this.fallBack());
    this.worker.on("exit", () => this.fallBack());
  }

  get usable(): boolean {
    return this.alive;
  }

  parse(job: ParseJob): Promise<ParseOutcome> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve });
      this.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.alive = false;
    await this.worker.terminate();
  }

  /** A worker that failed leaves its jobs to the calling thread. */
  private fallBack(): void {
    this.alive = false;
    const orphans = [...this.pending.values()];
    this.pending.clear();
    if (this.closing) return;
    for (const { job, resolve } of orphans) void parseInThread(job).then(resolve);
  }
}

class WorkerPool implements ParsePool {
  private readonly workers: PoolWorker[];

  constructor(script: URL, size: number) {
    this.workers = Array.from({ length: size }, () => new PoolWorker(script));
  }

  parse(job: ParseJob): Promise<ParseOutcome> {
    let best: PoolWorker | undefined;
    for (const worker of this.workers) {
      if (worker.usable && (!best || worker.pending.size < best.pending.size)) best = worker;
    }
    return best ? best.parse(job) : parseInThread(job);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}

/** In a pool worker: parse each job posted to it and post the outcome back. */
function serveParseJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", ({ id, job }: { id: number; job: ParseJob }) => {
    void parseInThread(job).then((outcome) => port.postMessage({ id, outcome } satisfies Reply));
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  serveParseJobs();
}
