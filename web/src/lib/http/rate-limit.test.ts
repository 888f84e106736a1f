import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientKey } from './client-key';
import { createRateLimiter } from './rate-limit';

const unique = () => `test-${Math.random().toString(36).slice(2)}`;

describe('createRateLimiter in one process (no REDIS_URL)', () => {
  it('allows the budget per window, then refuses with the seconds left', async () => {
    const limiter = createRateLimiter({ name: unique(), limit: 2, windowMs: 10_000 });
    expect(await limiter.take('a')).toEqual({ ok: true });
    expect(await limiter.take('a')).toEqual({ ok: true });
    const refused = await limiter.take('a');
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(await limiter.take('b')).toEqual({ ok: true });
  });
});

describe('SITE_RATE_LIMITS=off', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('lets everything through, for load tests', async () => {
    const limiter = createRateLimiter({ name: unique(), limit: 1, windowMs: 60_000 });
    vi.stubEnv('SITE_RATE_LIMITS', 'off');
    expect([(await limiter.take('a')).ok, (await limiter.take('a')).ok]).toEqual([true, true]);
    vi.unstubAllEnvs();
    expect((await limiter.take('a')).ok).toBe(true);
    expect((await limiter.take('a')).ok).toBe(false);
  });
});

describe('clientKey', () => {
  it('trusts only the address the server vouches for', () => {
    expect(clientKey(new Headers({ 'x-fractieblog-client': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientKey(new Headers({ 'x-forwarded-for': '198.51.100.4' }))).toBe('onbekend');
  });
});
