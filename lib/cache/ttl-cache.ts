/**
 * A small per-process cache with a time to live, for data only administrators change (issue 13).
 * It keeps the promise of a load, so a burst of requests that all miss makes one query, not one
 * each; a failed load is forgotten at once. `clear()` is what an edit on this instance calls; an
 * edit on another instance shows here after at most `ttlMs`. The map is bounded (`maxEntries`):
 * when full it starts over, so looking up many unknown keys cannot grow it without limit.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: Promise<V> }>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  get(key: K, load: () => Promise<V>, nowMs: number = Date.now()): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && nowMs - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    const entry = { at: nowMs, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
