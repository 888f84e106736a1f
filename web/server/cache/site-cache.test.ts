import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestRedis, type TestRedis } from '../../../scripts/lib/redis-server';
import { SiteCache } from './site-cache';

/*
 * Two SiteCaches on one Redis stand for two site replicas: what one writes or expires, the
 * other must see. Redis is a real server of this file's own, so it can be stopped under them.
 */
let redis: TestRedis;
const caches: SiteCache[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.close()));
  await redis.stop();
});

async function replica(keyPrefix: string, build = 'b1'): Promise<SiteCache> {
  const cache = new SiteCache({ redisUrl: redis.url, keyPrefix, memoryBytes: 1_000_000 });
  cache.useBuild(build);
  caches.push(cache);
  await vi.waitFor(() => expect(cache.connected).toBe(true));
  return cache;
}

const prefix = () => `t${Math.random().toString(36).slice(2)}:`;
const page = (cache: SiteCache, html: string, tags = ['post:a']) => ({
  value: { kind: 'APP_PAGE', html },
  lastModified: cache.beginning(),
  tags,
});

describe('SiteCache on Redis', () => {
  it('shares entries between replicas, and an expiry on one ends them on both', async () => {
    const shared = prefix();
    const [one, two] = [await replica(shared), await replica(shared)];
    const heard: string[][] = [];
    two.onExpired((tags) => heard.push(tags));

    await one.write('page:/a', page(one, 'eerste'), 60);
    expect((await two.read('page:/a'))?.value).toEqual({ kind: 'APP_PAGE', html: 'eerste' });

    await one.expire(['post:a']);
    expect(await two.read('page:/a')).toBeNull();
    await vi.waitFor(() => expect(heard).toEqual([['post:a']]));
  });

  it('does not count a page begun before a change as newer, even when it is written after it', async () => {
    const cache = await replica(prefix());
    const begun = page(cache, 'oud');
    await cache.expire(['post:a']);
    await cache.write('page:/a', begun, 60);
    expect(await cache.read('page:/a')).toBeNull();
  });

  it('never lets a slow, older answer replace a newer entry', async () => {
    const cache = await replica(prefix());
    const older = page(cache, 'oud');
    const newer = { ...page(cache, 'nieuw'), lastModified: older.lastModified + 5 };
    await cache.write('page:/a', newer, 60);
    await cache.write('page:/a', older, 60);
    expect((await cache.read('page:/a'))?.value).toEqual({ kind: 'APP_PAGE', html: 'nieuw' });
  });

  it('keeps the entries of another build apart, while tag expiries reach every build', async () => {
    const shared = prefix();
    const [oldBuild, newBuild] = [await replica(shared, 'old'), await replica(shared, 'new')];
    await oldBuild.write('page:/a', page(oldBuild, 'van de oude build'), 60);
    expect(await newBuild.read('page:/a')).toBeNull();
    await newBuild.write('page:/b', page(newBuild, 'b'), 60);
    await oldBuild.write('page:/b', page(oldBuild, 'b'), 60);
    await newBuild.expire(['post:a']);
    expect(await oldBuild.read('page:/b')).toBeNull();
  });
});

describe('SiteCache while Redis is away', () => {
  it('serves from memory, shares its expiries when Redis is back, and starts afresh then', async () => {
    const shared = prefix();
    const [one, two] = [await replica(shared), await replica(shared)];
    let flushes = 0;
    two.onFlushed(() => (flushes += 1));
    await one.write('page:/a', page(one, 'van voor de storing'), 60);

    await redis.stop();
    await vi.waitFor(() => expect([one.connected, two.connected]).toEqual([false, false]));
    expect(await two.read('page:/a')).toBeNull();
    await two.write('page:/a', page(two, 'tijdens de storing'), 60);
    expect((await two.read('page:/a'))?.value).toEqual({ kind: 'APP_PAGE', html: 'tijdens de storing' });
    await one.expire(['post:a']);
    const begunDuringTheOutage = page(two, 'begonnen tijdens de storing');
    flushes = 0;

    await redis.start();
    await vi.waitFor(() => expect([one.connected, two.connected]).toEqual([true, true]), { timeout: 10_000 });
    // Redis came back empty; what `two` made during the outage is forgotten, `one`'s expiry shared.
    expect(flushes).toBeGreaterThan(0);
    expect(await two.read('page:/a')).toBeNull();
    await two.write('page:/a', begunDuringTheOutage, 60);
    expect(await one.read('page:/a')).toBeNull();
    // A request begun a moment later (beyond the clock margin) is shared again.
    await two.write('page:/a', { ...page(two, 'na de storing'), lastModified: two.now() + 1_000 }, 60);
    expect((await one.read('page:/a'))?.value).toEqual({ kind: 'APP_PAGE', html: 'na de storing' });
  });
});
