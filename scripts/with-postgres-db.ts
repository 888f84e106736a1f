/**
 * Runs a command against a Postgres database of its own, created before and dropped after:
 *   tsx scripts/with-postgres-db.ts npm run test:api
 * POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) must allow CREATE DATABASE.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase } from './lib/postgres';

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('Gebruik: with-postgres-db.ts <commando> [argumenten…]');
  const name = `fractieblog_ci_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(name);
  console.log(`▸ Postgres-database ${name} aangemaakt`);
  let status = 1;
  try {
    status =
      spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } }).status ?? 1;
  } finally {
    await dropDatabase(name);
    console.log(`▸ Postgres-database ${name} verwijderd`);
  }
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
