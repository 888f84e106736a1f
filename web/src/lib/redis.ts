import Redis from 'ioredis';

let client: Redis | null | undefined;

/**
 * The Redis that site replicas share (REDIS_URL), for what the routes keep across replicas (rate
 * limits), or null without one. Connected on first use, never during `next build`; commands fail
 * at once while Redis is away rather than queue, so callers fall back instead of waiting.
 */
export function sharedRedis(): Redis | null {
  if (client !== undefined) return client;
  const url = process.env.REDIS_URL;
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return (client = null);
  client = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  client.on('error', () => undefined); // it reconnects by itself; callers see failed commands
  return client;
}

/** Prefix of every key the site writes, so installations can share one Redis. */
export const redisKeyPrefix = () => process.env.REDIS_KEY_PREFIX || 'fractieblog:';
