import { Client } from 'pg';

/** A Postgres role that may create databases: tests and `npm run cluster` make their own. */
export const POSTGRES_ADMIN_URL =
  process.env.POSTGRES_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The connection string of database `name` on the admin role's server. */
export function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.href;
}

/** Creates database `name` (a plain identifier) unless it exists; returns its connection string. */
export async function createDatabase(name: string, options: { ifMissing?: boolean } = {}): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ongeldige databasenaam: ${name}`);
  await asAdmin(async (client) => {
    if (options.ifMissing) {
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount) return;
    }
    await client.query(`CREATE DATABASE ${name}`);
  });
  return databaseUrl(name);
}

/** Drops database `name`, disconnecting whoever still uses it. */
export async function dropDatabase(name: string): Promise<void> {
  await asAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
