import type { Core } from '@strapi/strapi';

// Any fixed number: the key of the advisory lock the scheduler takes in Postgres.
const SCHEDULER_LOCK = 7_340_221;

/**
 * Runs `job` only if no other CMS replica is running it now. Every replica runs Strapi's cron, so
 * on Postgres the job holds a transaction-level advisory lock while it runs: a replica that cannot
 * take it skips this run, and a replica that dies mid-run loses its connection and with it the
 * lock, so the next run anywhere takes over. SQLite is one replica by nature: no lock.
 * Resolves to whether the job ran.
 */
export async function onOneReplicaAtATime(strapi: Core.Strapi, job: () => Promise<void>): Promise<boolean> {
  if (strapi.db.dialect.client !== 'postgres') {
    await job();
    return true;
  }
  // A connection of its own (knex, not Strapi's transaction context), so the job's own queries
  // are not made inside this transaction and the lock is all it holds.
  return strapi.db.connection.transaction(async (transaction) => {
    const result = await transaction.raw('select pg_try_advisory_xact_lock(?) as locked', [SCHEDULER_LOCK]);
    const locked: unknown = result.rows?.[0]?.locked;
    if (locked !== true) return false;
    await job();
    return true;
  });
}
