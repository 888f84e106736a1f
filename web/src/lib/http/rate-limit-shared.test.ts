import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../../scripts/lib/redis-server';
import { sharedRedis } from '../redis';
import { createRateLimiter } from './rate-limit';

/* With REDIS_URL, the budgets of site replicas are one budget (two limiters stand for two replicas). */
let redis: TestRedis;

beforeAll(async () => {
  redis = await startTestRedis();
  vi.stubEnv('REDIS_URL', redis.url);
  vi.stubEnv('REDIS_KEY_PREFIX', `test-${Date.now()}:`);
});
afterAll(async () => {
  sharedRedis()?.disconnect();
  vi.unstubAllEnvs();
  await redis.stop();
});

const replicas = (name: string, limit: number) =>
  [1, 2].map(() => createRateLimiter({ name, limit, windowMs: 60_000 }));

describe('createRateLimiter with REDIS_URL', () => {
  it('gives a client one budget, however the load balancer spreads its requests', async () => {
    await vi.waitFor(() => expect(sharedRedis()?.status).toBe('ready'));
    const [one, two] = replicas('shared-budget', 3);
    const verdicts = [];
    for (const limiter of [one, two, one, two]) verdicts.push((await limiter?.take('203.0.113.5'))?.ok);
    expect(verdicts).toEqual([true, true, true, false]);
    expect((await two?.take('198.51.100.7'))?.ok).toBe(true);
  });

  it('keeps counting in each process while Redis is away', async () => {
    const [one] = replicas('while-away', 2);
    await redis.stop();
    await vi.waitFor(() => expect(sharedRedis()?.status).not.toBe('ready'));
    const verdicts = [];
    for (let request = 0; request < 3; request += 1) verdicts.push((await one?.take('203.0.113.5'))?.ok);
    expect(verdicts).toEqual([true, true, false]);
    await redis.start();
  });
});
