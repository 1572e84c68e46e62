import type { Store } from "@news/store";

type StoreModule = typeof import("@news/store");

/**
 * One store per process, shared by instrumentation, route handlers and server components.
 * Next bundles each of those separately, so module state is not enough: the instance lives on globalThis.
 */
interface StoreState {
  store?: Promise<Store>;
  watcher?: { close(): Promise<void> };
  booting?: Promise<void>;
  /** Moves on each time this process changes the index, so cached reads know they are stale. */
  generation: number;
}

const key = Symbol.for("@news/web.store");
type GlobalWithStore = typeof globalThis & { [key]?: StoreState };

function state(): StoreState {
  const g = globalThis as GlobalWithStore;
  g[key] ??= { generation: 0 };
  return g[key];
}

/**
 * The store is loaded by Node at run time instead of being bundled: it holds a native SQLite binding
 * and the parser's dependencies, which must stay plain Node.js modules (and one shared instance).
 */
function loadStoreModule(): Promise<StoreModule> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "@news/store");
}

/** The index's generation in this process: it changes whenever indexing changed articles. */
export function contentGeneration(): number {
  return state().generation;
}

export function getStore(): Promise<Store> {
  const s = state();
  s.store ??= loadStoreModule().then((mod) => mod.openStore());
  return s.store;
}

/** Index the content folder once, then keep watching it so new or changed articles appear live. */
export function bootStore(): Promise<void> {
  const s = state();
  s.booting ??= (async () => {
    const [store, { defaultSeedsDir }] = await Promise.all([getStore(), loadStoreModule()]);
    const seeds = defaultSeedsDir();
    try {
      const result = await store.indexFiles(seeds);
      s.generation += 1;
      console.info(
        `[news] indexed ${seeds}: ${result.indexed} new, ${result.unchanged} unchanged, ${result.removed} removed, ${result.failed} failed (${Math.round(result.durationMs)} ms)`,
      );
      for (const failure of result.failures) {
        console.warn(`[news] skipped ${failure.path}: ${failure.message}`);
      }
    } catch (error) {
      console.error(`[news] could not index ${seeds}: ${describe(error)}`);
    }
    try {
      s.watcher = store.watchFiles(seeds, {
        onIndexed: (r) => {
          if (r.indexed + r.removed > 0) {
            s.generation += 1;
            console.info(`[news] re-indexed: ${r.indexed} changed, ${r.removed} removed`);
          }
        },
        onError: (e) => console.error(`[news] watch error: ${e.message}`),
      });
    } catch (error) {
      console.error(`[news] could not watch ${seeds}: ${describe(error)}`);
    }
  })();
  return s.booting;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
