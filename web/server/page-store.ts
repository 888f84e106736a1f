/** A page as the site answered it: enough to answer the same request again byte for byte. */
export type StoredPage = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  storedAt: number;
  /** The cache tags the page was made from; none known means any change may touch it. */
  tags: readonly string[];
};

/**
 * Pages in memory, newest use last: bounded in bytes, each kept at most `ttlMs`. A change forgets
 * the pages made from one of its tags (`purge`), so a publish is visible to the next reader;
 * invalidation reaches this memory from every replica through the SiteCache (see main.ts).
 */
export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;
  /**
   * Counts the purges. An answer that Next began before a purge may carry the old page, so it is
   * kept only if no purge happened while it was being made (see `set`).
   */
  generation = 0;

  constructor(private readonly options: { maxBytes: number; ttlMs: number }) {}

  get(key: string, now = Date.now()): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (now - page.storedAt >= this.options.ttlMs) {
      this.bytes -= page.body.length;
      return undefined;
    }
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: StoredPage, generation = this.generation): void {
    if (generation !== this.generation) return;
    if (page.body.length > this.options.maxBytes / 4) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, stored] of this.pages) {
      if (this.bytes <= this.options.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= stored.body.length;
    }
  }

  /** Forgets the pages made from any of `tags`, and those whose tags are unknown. */
  purge(tags: Iterable<string>): void {
    this.generation += 1;
    const changed = new Set(tags);
    for (const [key, page] of this.pages) {
      if (page.tags.length === 0 || page.tags.some((tag) => changed.has(tag))) this.delete(key);
    }
  }

  clear(): void {
    this.generation += 1;
    this.pages.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.pages.size;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }
}
