/**
 * A short-lived cache of page reads. An entry is dropped when the content changes (the index
 * generation moves on, see store.ts) and in any case after `ttlMs`, which bounds how stale a page
 * can be when another process (such as `news index`) writes to the same database. Concurrent reads
 * of one key share one load; a failed load is not kept.
 */
export class ReadCache<T> {
  private readonly entries = new Map<
    string,
    { generation: number; expires: number; value: Promise<T> }
  >();

  constructor(
    private readonly options: { ttlMs: number; maxEntries: number; generation: () => number },
  ) {}

  read(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const generation = this.options.generation();
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && hit.expires > now) return hit.value;
    this.entries.delete(key);
    const value = load();
    this.entries.set(key, { generation, expires: now + this.options.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
