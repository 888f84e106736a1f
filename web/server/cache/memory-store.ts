import { expiredSince, type CacheEntry, type EntryStore } from './entry';

/** A rough size of a cached value: its strings and buffers, which is nearly all of it. */
function approximateBytes(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  if (typeof value !== 'object' || value === null || depth > 6) return 8;
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  return children.reduce<number>((sum, child) => sum + approximateBytes(child, depth + 1), 16);
}

type Kept = CacheEntry & { bytes: number; expiresAt: number };

/**
 * Entries in this process's memory, least recently used dropped first beyond `maxBytes`. The
 * store of the embedded default (no REDIS_URL), and each replica's stand-in while Redis is away.
 */
export class MemoryStore implements EntryStore {
  private readonly entries = new Map<string, Kept>();
  private readonly tagTimes = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  async read(key: string, extraTags: readonly string[], now = Date.now()): Promise<CacheEntry | null> {
    const kept = this.entries.get(key);
    if (!kept) return null;
    const lookup = (tag: string) => this.tagTimes.get(tag);
    if (kept.expiresAt <= now || expiredSince([...kept.tags, ...extraTags], kept.lastModified, lookup)) {
      this.remove(key);
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, kept);
    return kept;
  }

  async write(key: string, entry: CacheEntry, ttlSeconds: number, now = Date.now()): Promise<void> {
    const current = this.entries.get(key);
    if (current && current.lastModified > entry.lastModified) return;
    const bytes = approximateBytes(entry.value);
    if (bytes > this.maxBytes / 4) return;
    this.remove(key);
    this.entries.set(key, { ...entry, bytes, expiresAt: now + ttlSeconds * 1000 });
    this.bytes += bytes;
    for (const [oldest, kept] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= kept.bytes;
    }
  }

  async expire(tags: readonly string[], at: number): Promise<void> {
    for (const tag of tags) this.tagTimes.set(tag, Math.max(at, this.tagTimes.get(tag) ?? 0));
  }

  /** Forgets every entry (tag times stay: they only ever make entries older than them invalid). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const kept = this.entries.get(key);
    if (!kept) return;
    this.entries.delete(key);
    this.bytes -= kept.bytes;
  }
}
