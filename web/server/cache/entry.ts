/** One cached value as the site keeps it: Next's value, when it was made, and what it depends on. */
export type CacheEntry = {
  value: unknown;
  /** When the request that made it began: an answer begun before a change never outlives it. */
  lastModified: number;
  /** Cache tags (explicit and Next's implicit path tags); a newer expiry of any one ends it. */
  tags: string[];
  cacheControl?: unknown;
};

/** Where entries and tag expiries live: this process's memory, or Redis shared by every replica. */
export interface EntryStore {
  /** The entry, or null when there is none or a tag of it (or of `extraTags`) expired since. */
  read(key: string, extraTags: readonly string[]): Promise<CacheEntry | null>;
  /** Keeps `entry`, unless the store already holds one made later. */
  write(key: string, entry: CacheEntry, ttlSeconds: number): Promise<void>;
  /** Ends every entry carrying one of `tags` that was made before `at`. */
  expire(tags: readonly string[], at: number): Promise<void>;
}

/** Whether any of `tags` expired at or after `lastModified`, by the times `expiredAt` gives. */
export function expiredSince(
  tags: Iterable<string>,
  lastModified: number,
  expiredAt: (tag: string) => number | undefined,
): boolean {
  for (const tag of tags) {
    const at = expiredAt(tag);
    if (at !== undefined && at >= lastModified) return true;
  }
  return false;
}
