import fs from 'node:fs';
import path from 'node:path';
import { noteAnswerTags } from './answer-tags';
import { siteCache } from './index';
import { siteOf } from './site-of';

/*
 * Next's cache handler (`cacheHandler` in next.config.ts): every page and CMS answer Next caches
 * goes through here into the SiteCache, in memory or in Redis. Next makes one instance per
 * request; the types below are the parts of Next's handler interface that this file reads.
 */

type HandlerContext = { serverDistDir?: string; _requestHeaders?: Record<string, unknown> };
type ReadContext = { kind?: string; tags?: string[]; softTags?: string[] };
type WriteContext = { fetchCache?: boolean; tags?: string[]; cacheControl?: unknown };

/** How long an entry is kept at most; Next renders it again long before (FALLBACK_REVALIDATE_SECONDS in src/lib/cms/client.ts). */
const TTL_SECONDS = 24 * 60 * 60;
const TAGS_HEADER = 'x-next-cache-tags';

const buildIds = new Map<string, string>();
function buildIdOf(serverDistDir: string): string {
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      id = 'build';
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

function fetchTags(value: unknown): string[] {
  const tags: unknown = Reflect.get(Object(value), 'tags');
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

function pageTags(value: unknown): string[] {
  const headers: unknown = Reflect.get(Object(value), 'headers');
  const header: unknown = Reflect.get(Object(headers), TAGS_HEADER);
  return typeof header === 'string' ? header.split(',').filter(Boolean) : [];
}

export default class SiteCacheHandler {
  private readonly begunAt: number;
  private readonly site: string;

  constructor(context: HandlerContext) {
    const cache = siteCache();
    if (context.serverDistDir) cache.useBuild(buildIdOf(context.serverDistDir));
    // Next makes the handler as a request begins: what it renders is stamped with that moment, so
    // a page begun before a change is older than the change even if it is finished after it.
    this.begunAt = cache.beginning();
    this.site = siteOf(context._requestHeaders?.host);
  }

  async get(key: string, context: ReadContext) {
    const isFetch = context.kind === 'FETCH';
    const extraTags = isFetch ? [...(context.tags ?? []), ...(context.softTags ?? [])] : [];
    const entry = await siteCache().read(this.keyOf(key, isFetch), extraTags);
    if (!entry) return null;
    if (!isFetch) noteAnswerTags(entry.tags);
    return {
      lastModified: entry.lastModified,
      value: entry.value as never,
      cacheControl: entry.cacheControl as never,
    };
  }

  async set(key: string, value: unknown, context: WriteContext) {
    if (value === null || value === undefined) return;
    const isFetch = context.fetchCache === true;
    const tags = isFetch ? (context.tags ?? fetchTags(value)) : pageTags(value);
    if (!isFetch) noteAnswerTags(tags);
    await siteCache().write(
      this.keyOf(key, isFetch),
      { value, lastModified: this.begunAt, tags, cacheControl: context.cacheControl },
      TTL_SECONDS,
    );
  }

  async revalidateTag(tags: string | string[]) {
    // The site only ever expires at once (`expire: 0`): a change must reach the next reader.
    await siteCache().expire(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}

  private keyOf(key: string, isFetch: boolean): string {
    return isFetch ? `fetch:${key}` : `page:${this.site}:${key}`;
  }
}
