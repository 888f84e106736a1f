import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { redisKeyPrefix, sharedRedis } from '@/lib/redis';

/**
 * A request budget per client and window (rate-limiter-flexible). With REDIS_URL every replica
 * counts in the same place, so a client gets the same budget however the load balancer spreads
 * its requests; while Redis is away, or without it, each process counts on its own. Nothing about
 * a reader is kept beyond the window.
 */
type RateLimiter = {
  /** Counts one request for `key`; `ok: false` once the window's budget is spent. */
  take(key: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
};

export function createRateLimiter(options: {
  /** Which budget this is; budgets of one name are shared by every replica. */
  name: string;
  limit: number;
  windowMs: number;
}): RateLimiter {
  let limiter: RateLimiterAbstract | undefined;
  // Made on first use: routes are loaded during `next build` too, which must not reach Redis.
  const made = () => {
    if (limiter) return limiter;
    const budget = { points: options.limit, duration: Math.ceil(options.windowMs / 1000) };
    const memory = new RateLimiterMemory({ ...budget, keyPrefix: options.name });
    const redis = sharedRedis();
    limiter = redis
      ? new RateLimiterRedis({
          ...budget,
          storeClient: redis,
          keyPrefix: `${redisKeyPrefix()}limit:${options.name}`,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return limiter;
  };

  return {
    async take(key) {
      // For load tests only (npm run bench is one client on purpose); see .env.example.
      if (process.env.SITE_RATE_LIMITS === 'off') return { ok: true };
      try {
        await made().consume(key);
        return { ok: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}
