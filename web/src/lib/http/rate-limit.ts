/**
 * A fixed-window request counter per client, kept in this process's memory only: nothing about a
 * reader is written anywhere. Several site replicas each count on their own, which is good enough
 * to stop one client hammering a route; it is not an accounting system.
 */
export type RateLimiter = {
  /** Counts one request for `key`; `ok: false` once the window's budget is spent. */
  take(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
};

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  /** Oldest windows are dropped beyond this many clients, so memory stays bounded under a flood. */
  maxClients?: number;
}): RateLimiter {
  const { limit, windowMs, maxClients = 10_000 } = options;
  const windows = new Map<string, { start: number; count: number }>();

  return {
    take(key, now = Date.now()) {
      // For load tests only (npm run bench is one client on purpose); see .env.example.
      if (process.env.SITE_RATE_LIMITS === 'off') return { ok: true };
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        windows.delete(key);
        if (windows.size >= maxClients) {
          const oldest = windows.keys().next().value;
          if (oldest !== undefined) windows.delete(oldest);
        }
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
    },
  };
}
