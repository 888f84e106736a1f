import { describe, expect, it, vi } from 'vitest';
import { clientKey } from './client-key';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows the budget per window, then refuses with the seconds left', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000 });
    expect(limiter.take('a', 0)).toEqual({ ok: true });
    expect(limiter.take('a', 1_000)).toEqual({ ok: true });
    expect(limiter.take('a', 2_500)).toEqual({ ok: false, retryAfterSeconds: 8 });
    expect(limiter.take('b', 2_500)).toEqual({ ok: true });
  });

  it('starts a fresh window once the old one has passed', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 });
    limiter.take('a', 0);
    expect(limiter.take('a', 999).ok).toBe(false);
    expect(limiter.take('a', 1_000).ok).toBe(true);
  });

  it('forgets the oldest clients beyond its bound', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxClients: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0);
    expect(limiter.take('a', 1).ok).toBe(true);
  });
});

describe('SITE_RATE_LIMITS=off', () => {
  it('lets everything through, for load tests', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    vi.stubEnv('SITE_RATE_LIMITS', 'off');
    try {
      expect([limiter.take('a', 0).ok, limiter.take('a', 1).ok]).toEqual([true, true]);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(limiter.take('a', 2).ok).toBe(true);
    expect(limiter.take('a', 3).ok).toBe(false);
  });
});

describe('clientKey', () => {
  it('trusts only the address the server vouches for', () => {
    expect(clientKey(new Headers({ 'x-fractieblog-client': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientKey(new Headers({ 'x-forwarded-for': '198.51.100.4' }))).toBe('onbekend');
  });
});
