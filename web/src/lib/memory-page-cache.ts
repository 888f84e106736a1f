/*
 * The custom server (web/server) keeps cached pages in memory; the revalidation route, which
 * Next bundles separately but runs in the same process, empties it through this global.
 */
const KEY = Symbol.for('fractieblog.memory-page-cache');

type Clearable = { clear(): void };

export function registerMemoryPageCache(cache: Clearable): void {
  Reflect.set(globalThis, KEY, cache);
}

/** Forgets every page kept in memory (a no-op under `next dev`/`next start`, which keep none). */
export function purgeMemoryPageCache(): void {
  const cache: unknown = Reflect.get(globalThis, KEY);
  if (typeof cache === 'object' && cache !== null && 'clear' in cache && typeof cache.clear === 'function') {
    cache.clear();
  }
}
