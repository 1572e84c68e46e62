import { watch } from "node:fs";
import { resolve } from "node:path";
import type { IndexResult, Watcher, WatchOptions } from "./store.js";

/**
 * Watches `dir` recursively (node:fs.watch, recursive on Linux since Node 20) and hands each quiet-period
 * batch of changed paths to `reindex`; batches run one after another.
 */
export function watchFolder(
  dir: string,
  reindex: (root: string, changed: string[]) => Promise<IndexResult>,
  options: WatchOptions = {},
): Watcher {
  const root = resolve(dir);
  const debounceMs = options.debounceMs ?? 200;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const report = (error: unknown) =>
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  const flush = () => {
    timer = undefined;
    const changed = [...pending];
    pending.clear();
    running = running
      .then(() => reindex(root, changed))
      .then((result) => options.onIndexed?.(result), report);
  };
  const watcher = watch(root, { recursive: true }, (_event, name) => {
    if (closed) return;
    pending.add(name ? resolve(root, name.toString()) : root);
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  });
  watcher.on("error", report);

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}
