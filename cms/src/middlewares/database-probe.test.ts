import { describe, expect, it } from 'vitest';
import { createDatabaseProbe } from './database-probe';

describe('createDatabaseProbe', () => {
  it('says whether the query succeeded', async () => {
    expect(await createDatabaseProbe(async () => [{ '?column?': 1 }])()).toBe(true);
    expect(await createDatabaseProbe(async () => Promise.reject(new Error('ECONNREFUSED')))()).toBe(false);
  });

  it('counts a query that hangs as no answer, after a second', async () => {
    const started = Date.now();
    expect(await createDatabaseProbe(() => new Promise(() => undefined))()).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('asks once for callers at the same moment, and takes a database found away as away for 3 s', async () => {
    let clock = 0;
    let queries = 0;
    let up = false;
    const probe = createDatabaseProbe(
      async () => {
        queries += 1;
        if (!up) throw new Error('ECONNREFUSED');
      },
      () => clock,
    );
    expect(await Promise.all([probe(), probe(), probe()])).toEqual([false, false, false]);
    expect(queries).toBe(1);

    up = true;
    clock = 2_999;
    expect(await probe()).toBe(false);
    expect(queries).toBe(1);
    clock = 3_000;
    expect(await probe()).toBe(true);
    expect(await probe()).toBe(true);
    expect(queries).toBe(3);
  });
});
