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

  it('asks the database once per second, however many ask it', async () => {
    let clock = 0;
    let queries = 0;
    const probe = createDatabaseProbe(
      async () => {
        queries += 1;
      },
      () => clock,
    );
    await Promise.all([probe(), probe(), probe()]);
    clock = 999;
    await probe();
    expect(queries).toBe(1);
    clock = 1000;
    await probe();
    expect(queries).toBe(2);
  });
});
