import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store';

const entry = (lastModified: number, tags = ['post:a'], html = 'x') => ({
  value: { html },
  lastModified,
  tags,
});

describe('MemoryStore', () => {
  it('ends an entry once one of its tags expired at or after the moment it was begun', async () => {
    const store = new MemoryStore(1_000_000);
    await store.write('page', entry(100), 60, 100);
    await store.expire(['post:b'], 200);
    expect(await store.read('page', [], 300)).not.toBeNull();
    await store.expire(['post:a'], 100);
    expect(await store.read('page', [], 300)).toBeNull();
  });

  it('also ends an entry by the extra tags a reader names (Next’s implicit path tags)', async () => {
    const store = new MemoryStore(1_000_000);
    await store.write('fetch', entry(100, []), 60, 100);
    await store.expire(['_N_T_/berichten/a'], 150);
    expect(await store.read('fetch', ['_N_T_/berichten/a'], 200)).toBeNull();
  });

  it('keeps an entry begun after a change, and never lets an older one replace a newer one', async () => {
    const store = new MemoryStore(1_000_000);
    await store.expire(['post:a'], 100);
    await store.write('page', entry(101, ['post:a'], 'nieuw'), 60, 101);
    await store.write('page', entry(90, ['post:a'], 'oud'), 60, 120);
    expect((await store.read('page', [], 130))?.value).toEqual({ html: 'nieuw' });
  });

  it('forgets entries after their time and the least recently used beyond its size', async () => {
    // Each entry below is about 26 bytes: four fit, a fifth pushes the least recently used out.
    const store = new MemoryStore(110);
    await store.write('a', entry(0, [], 'a'.repeat(10)), 1, 0);
    expect(await store.read('a', [], 999)).not.toBeNull();
    expect(await store.read('a', [], 1_000)).toBeNull();
    for (const key of ['b', 'c', 'd', 'e']) await store.write(key, entry(0, [], key.repeat(10)), 60, 0);
    await store.read('b', [], 1);
    await store.write('f', entry(0, [], 'f'.repeat(10)), 60, 0);
    const kept = [];
    for (const key of ['b', 'c', 'd', 'e', 'f']) if (await store.read(key, [], 2)) kept.push(key);
    expect(kept).toEqual(['b', 'd', 'e', 'f']);
  });
});
