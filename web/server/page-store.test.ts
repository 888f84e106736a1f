import { describe, expect, it } from 'vitest';
import { PageStore, type StoredPage } from './page-store';

const page = (bytes: number, storedAt = 0, tags: string[] = ['posts']): StoredPage => ({
  status: 200,
  headers: {},
  body: Buffer.alloc(bytes),
  storedAt,
  tags,
});

describe('PageStore', () => {
  it('returns a page until its time is up', () => {
    const store = new PageStore({ maxBytes: 1000, ttlMs: 100 });
    store.set('a', page(10, 0));
    expect(store.get('a', 99)?.body.length).toBe(10);
    expect(store.get('a', 100)).toBeUndefined();
  });

  it('drops the least recently used pages beyond its size', () => {
    const store = new PageStore({ maxBytes: 900, ttlMs: 1000 });
    store.set('a', page(200));
    store.set('b', page(200));
    store.set('c', page(200));
    store.get('a', 1);
    store.set('d', page(200));
    store.set('e', page(200));
    expect(['a', 'b', 'c', 'd', 'e'].filter((key) => store.get(key, 2))).toEqual(['a', 'c', 'd', 'e']);
  });

  it('drops an answer begun before a purge: it may hold the page as it was', () => {
    const store = new PageStore({ maxBytes: 1000, ttlMs: 1000 });
    const begun = store.generation;
    store.clear();
    store.set('a', page(10), begun);
    expect(store.get('a', 1)).toBeUndefined();
    store.set('a', page(10));
    expect(store.get('a', 1)).toBeDefined();
  });

  it('forgets on a change only the pages made from its tags, and those whose tags are unknown', () => {
    const store = new PageStore({ maxBytes: 1000, ttlMs: 1000 });
    store.set('article', page(10, 0, ['post:a', 'site']));
    store.set('other', page(10, 0, ['post:b', 'site']));
    store.set('unknown', page(10, 0, []));
    store.purge(['post:a']);
    expect(['article', 'other', 'unknown'].filter((key) => store.get(key, 1))).toEqual(['other']);
    store.purge(['site']);
    expect(store.size).toBe(0);
  });

  it('keeps no page bigger than a quarter of its size, and forgets everything on clear', () => {
    const store = new PageStore({ maxBytes: 1000, ttlMs: 1000 });
    store.set('big', page(300));
    store.set('a', page(10));
    expect(store.get('big', 1)).toBeUndefined();
    store.clear();
    expect(store.size).toBe(0);
  });
});
