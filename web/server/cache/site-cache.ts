import { randomUUID } from 'node:crypto';
import type { CacheEntry, EntryStore } from './entry';
import { MemoryStore } from './memory-store';
import { RedisLink } from './redis-link';
import { RedisStore } from './redis-store';

type Listener<T extends unknown[]> = (...args: T) => void;

/** While Redis is away an entry is kept this long at most: no other replica can expire it meanwhile. */
const FALLBACK_TTL_SECONDS = 10;
const CLOCK_MARGIN_MS = 50;

type SiteCacheOptions = {
  redisUrl?: string;
  /** Prefix of every key and of the channel, so that installations can share one Redis. */
  keyPrefix: string;
  /** Bytes of entries kept in this process's memory. */
  memoryBytes: number;
};

/**
 * The site's cache of pages and CMS answers, behind Next's cache handler, and the one place that
 * hears of changes. Without Redis it is this process's memory. With Redis every replica reads and
 * writes the same entries and tag expiries, and each expiry is published so that every replica
 * also forgets what it keeps in its own memory (the server's page memory listens through
 * `onExpired`). While Redis is away a replica works from its own memory and collects the
 * expiries it could not share; when Redis is back it shares them and starts afresh (`onFlushed`),
 * because messages may have been missed.
 */
export class SiteCache {
  private readonly id = randomUUID();
  private readonly local: MemoryStore;
  private readonly link: RedisLink | null;
  private shared: RedisStore | null = null;
  private buildId = 'build';
  private readonly unshared = new Set<string>();
  private readonly expiredListeners: Listener<[string[]]>[] = [];
  private readonly flushedListeners: Listener<[]>[] = [];

  constructor(private readonly options: SiteCacheOptions) {
    this.local = new MemoryStore(options.memoryBytes);
    this.link = options.redisUrl
      ? new RedisLink(options.redisUrl, `${options.keyPrefix}expired`, {
          message: (text) => this.heard(text),
          connected: () => this.reconnected(),
          disconnected: () => this.flush(),
        })
      : null;
  }

  /** Entries are kept per build; set once the build's id is known (Next's handler knows it). */
  useBuild(buildId: string): void {
    if (!this.link || this.shared) return;
    this.buildId = buildId;
    this.shared = new RedisStore(this.link.client, {
      entry: (key) => `${this.options.keyPrefix}entry:${this.buildId}:${key}`,
      tags: `${this.options.keyPrefix}tags`,
    });
  }

  /** Now, on the clock every replica shares. */
  now(): number {
    return this.link?.now() ?? Date.now();
  }

  /**
   * The stamp for what a request beginning now will make: a little earlier than now, because each
   * replica knows the shared clock only to within a few milliseconds, and a page begun just before
   * a change on another replica must not count as newer than it. A request begun within the margin
   * after a change costs one more render; a stale page kept would cost far more.
   */
  beginning(): number {
    return this.now() - CLOCK_MARGIN_MS;
  }

  get usesRedis(): boolean {
    return this.link !== null;
  }

  /** Whether entries are shared right now (false without Redis, or while it is away). */
  get connected(): boolean {
    return this.link?.ready ?? false;
  }

  async read(key: string, extraTags: readonly string[] = []): Promise<CacheEntry | null> {
    const store = this.store();
    try {
      return await store.read(key, extraTags);
    } catch {
      return store === this.local ? null : this.local.read(key, extraTags);
    }
  }

  async write(key: string, entry: CacheEntry, ttlSeconds: number): Promise<void> {
    const store = this.store();
    if (store === this.local) {
      const ttl = this.link ? Math.min(ttlSeconds, FALLBACK_TTL_SECONDS) : ttlSeconds;
      return this.local.write(key, entry, ttl);
    }
    await store.write(key, entry, ttlSeconds).catch(() => undefined);
  }

  /** Ends every entry with one of `tags` made before now, on every replica. */
  async expire(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    const at = this.now();
    await this.local.expire(tags, at);
    this.emitExpired([...tags]);
    if (!this.link) return;
    if (!this.link.ready || !this.shared) {
      for (const tag of tags) this.unshared.add(tag);
      return;
    }
    try {
      await this.shared.expire(tags, at);
      await this.link.publish(JSON.stringify({ from: this.id, tags }));
    } catch {
      for (const tag of tags) this.unshared.add(tag);
    }
  }

  onExpired(listener: Listener<[string[]]>): void {
    this.expiredListeners.push(listener);
  }

  onFlushed(listener: Listener<[]>): void {
    this.flushedListeners.push(listener);
  }

  async close(): Promise<void> {
    await this.link?.close();
  }

  private store(): EntryStore {
    return this.link?.ready && this.shared ? this.shared : this.local;
  }

  private heard(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    const from: unknown = Reflect.get(Object(message), 'from');
    const tags: unknown = Reflect.get(Object(message), 'tags');
    if (from === this.id || !Array.isArray(tags)) return;
    const named = tags.filter((tag): tag is string => typeof tag === 'string');
    void this.local.expire(named, this.now());
    this.emitExpired(named);
  }

  private async reconnected(): Promise<void> {
    if (this.unshared.size > 0 && this.shared && this.link) {
      const tags = [...this.unshared];
      await this.shared.expire(tags, this.now());
      await this.link.publish(JSON.stringify({ from: this.id, tags }));
      this.unshared.clear();
    }
    this.flush();
  }

  private flush(): void {
    this.local.clear();
    for (const listener of this.flushedListeners) listener();
  }

  private emitExpired(tags: string[]): void {
    for (const listener of this.expiredListeners) listener(tags);
  }
}
