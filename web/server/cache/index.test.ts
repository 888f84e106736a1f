import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('siteCache', () => {
  it('never uses Redis during `next build`: what a build renders is not for the replicas', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1');
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    const { siteCache } = await import('./index');
    expect(siteCache().usesRedis).toBe(false);
  });

  it('is one cache for the whole process, in memory without REDIS_URL', async () => {
    vi.stubEnv('REDIS_URL', '');
    const { siteCache } = await import('./index');
    expect(siteCache()).toBe(siteCache());
    expect(siteCache().usesRedis).toBe(false);
  });
});
