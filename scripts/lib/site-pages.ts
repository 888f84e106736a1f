import Redis from 'ioredis';

/**
 * Forgets every page and CMS answer the site replicas share in Redis (REDIS_URL), for when the
 * content behind them was replaced (a restore). Without Redis the site keeps them in its own
 * memory only, which a restart empties. Returns how many entries were forgotten.
 */
export async function forgetSharedSitePages(env: NodeJS.ProcessEnv): Promise<number> {
  if (!env.REDIS_URL) return 0;
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let forgotten = 0;
  try {
    const match = `${env.REDIS_KEY_PREFIX || 'fractieblog:'}entry:*`;
    for await (const keys of redis.scanStream({ match, count: 500 })) {
      if (Array.isArray(keys) && keys.length > 0) forgotten += await redis.unlink(...keys.map(String));
    }
  } finally {
    redis.disconnect();
  }
  return forgotten;
}
