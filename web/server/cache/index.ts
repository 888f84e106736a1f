import { SiteCache } from './site-cache';

let instance: SiteCache | undefined;

/**
 * The process's one SiteCache. Next loads the cache handler (cache-handler.ts) and the site's
 * server (main.ts) requires this module from the same compiled file, so both get the same one.
 * `next build` never touches Redis: what a build renders is not for the replicas.
 */
export function siteCache(): SiteCache {
  instance ??= new SiteCache({
    redisUrl:
      process.env.NEXT_PHASE === 'phase-production-build' ? undefined : process.env.REDIS_URL || undefined,
    keyPrefix: process.env.REDIS_KEY_PREFIX || 'fractieblog:',
    memoryBytes: 128 * 1024 * 1024,
  });
  return instance;
}
