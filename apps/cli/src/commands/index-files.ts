import { mkdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import {
  defaultDbPath,
  defaultSeedsDir,
  type IndexResult,
  openStore,
  type Store,
} from "@news/store";
import { CliError, describeSystemError, EXIT_FAILED, EXIT_OK } from "../errors.js";
import { describeFailure } from "../io/failures.js";
import { printError, printNote } from "../io/messages.js";
import { createProgressReporter } from "../io/progress.js";
import { stderrColors } from "../io/terminal.js";

/** The conventional status of a program stopped by SIGINT. */
const EXIT_INTERRUPTED = 130;

export interface IndexCommandOptions {
  db?: string;
  watch?: boolean;
  json?: boolean;
}

function openWritableStore(dbPath: string): Store {
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
    return openStore({ path: dbPath });
  } catch (error) {
    throw new CliError(`cannot open the index ${dbPath}: ${describeSystemError(error)}`);
  }
}

/** Keeps the targets that exist; reports the others. */
async function existingTargets(targets: string[]): Promise<{ found: string[]; missing: number }> {
  const found: string[] = [];
  let missing = 0;
  for (const target of targets) {
    try {
      await stat(target);
      found.push(target);
    } catch (error) {
      printError(`cannot read ${target}: ${describeSystemError(error)}`);
      missing += 1;
    }
  }
  return { found, missing };
}

function summaryLine(result: IndexResult): string {
  const colors = stderrColors;
  const failed = result.failed > 0 ? colors.red(`${result.failed} failed`) : "0 failed";
  const seconds = (result.durationMs / 1000).toFixed(1);
  return `${colors.green(`${result.indexed} indexed`)}, ${result.unchanged} unchanged, ${result.removed} removed, ${failed} (${seconds}s)`;
}

function reportFailures(result: IndexResult): void {
  for (const failure of result.failures) {
    printError(describeFailure(failure.path, failure.code, failure.message, failure.line));
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

async function watch(store: Store, targets: string[]): Promise<void> {
  printNote(`watching ${targets.join(", ")} (Ctrl-C to stop)`);
  const watchers = targets.map((target) =>
    store.watchFiles(target, {
      onIndexed: (result) => {
        printNote(`${new Date().toISOString().slice(11, 19)} ${summaryLine(result)}`);
        reportFailures(result);
      },
      onError: (error) => printError(error.message),
    }),
  );
  await waitForSignal();
  await Promise.all(watchers.map((watcher) => watcher.close()));
}

/** Indexes with a progress display; Ctrl-C stops cleanly (undefined) instead of killing mid-write. */
async function indexWithProgress(
  store: Store,
  targets: string[],
): Promise<IndexResult | undefined> {
  const progress = createProgressReporter(process.stderr, "indexing");
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt);
  try {
    return await store.indexFiles(targets, {
      onProgress: (update) => progress.update(update),
      signal: controller.signal,
    });
  } catch (error) {
    if (controller.signal.aborted) return undefined;
    throw error;
  } finally {
    process.off("SIGINT", interrupt);
    progress.stop();
  }
}

/**
 * `news index`: builds or updates the index from folders of articles, with a progress bar on
 * a terminal and plain lines otherwise, then a summary and each failure. Exit 1 when any failed.
 */
export async function indexCommand(dirs: string[], options: IndexCommandOptions): Promise<number> {
  const targets = dirs.length > 0 ? dirs : [defaultSeedsDir()];
  const { found, missing } = await existingTargets(targets);
  if (found.length === 0) return EXIT_FAILED;
  const dbPath = options.db ?? defaultDbPath();
  const store = openWritableStore(dbPath);
  try {
    const result = await indexWithProgress(store, found);
    if (result === undefined) {
      printNote("interrupted: files indexed so far are kept; run 'news index' again to finish");
      return EXIT_INTERRUPTED;
    }
    printNote(summaryLine(result));
    reportFailures(result);
    if (options.json)
      process.stdout.write(`${JSON.stringify({ db: dbPath, ...result }, null, 2)}\n`);
    if (options.watch) await watch(store, found);
    return result.failed > 0 || missing > 0 ? EXIT_FAILED : EXIT_OK;
  } finally {
    store.close();
  }
}
