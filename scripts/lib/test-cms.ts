import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApiToken, forgetAdminLogin } from './cms-admin';
import { freePort, type Service } from './processes';
import { startCms, startWeb, TEST_DIST_DIR } from './stack';

export const TEST_ADMIN = { email: 'beheer@test.fractieblog.nl', password: 'Test-Beheerder-2026' };

type TestDatabase = {
  env: Record<string, string>;
  describe: string;
  /** Empties the database completely, as a lost or replaced server would have it. */
  wipe: () => Promise<void>;
  drop: () => Promise<void>;
};

/**
 * A database nobody else uses: a new SQLite file, or a new schema in the Postgres of
 * DATABASE_URL when that is set (the same suite then runs on Postgres).
 */
async function createTestDatabase(): Promise<TestDatabase> {
  const postgresUrl = process.env.DATABASE_URL;
  if (postgresUrl) {
    const { Client } = await import('pg');
    const schema = `fb_test_${randomBytes(6).toString('hex')}`;
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema },
      describe: `postgres schema ${schema}`,
      wipe: async () => {
        const wiper = new Client({ connectionString: postgresUrl });
        await wiper.connect();
        await wiper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        await wiper.end();
      },
      drop: async () => {
        const dropper = new Client({ connectionString: postgresUrl });
        await dropper.connect();
        await dropper.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await dropper.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-db-'));
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    describe: `sqlite ${dir}`,
    wipe: async () => {
      for (const file of fs.readdirSync(dir)) fs.rmSync(path.join(dir, file), { force: true });
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Throwaway secrets: a test CMS must never share keys with a real one. */
export function testSecrets(): Record<string, string> {
  const secret = () => randomBytes(16).toString('base64url');
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    REVALIDATE_SECRET: secret(),
    PREVIEW_SECRET: secret(),
    CMS_PREVIEW_TOKEN: secret(),
  };
}

export type TestCms = {
  url: string;
  /** The secrets a site needs to work with this CMS (revalidation, preview). */
  siteEnv: Record<string, string>;
  database: TestDatabase;
  /** The environment the CMS runs with (database, secrets, media folder), for its CLI. */
  env: NodeJS.ProcessEnv;
  /** The folder whose uploads/ holds its media files. */
  publicDir: string;
  /** Forgets API tokens and the admin session, e.g. after the database was replaced. */
  forgetCredentials: () => void;
  fullAccessToken: () => Promise<string>;
  readOnlyToken: () => Promise<string>;
  /** The process group of the running CMS (0 when stopped), for memory readings. */
  pgid: () => number;
  /** Stops the CMS, keeping its database. */
  stop: () => Promise<void>;
  /** Starts the CMS again on the same database. */
  restart: () => Promise<void>;
  /** Stops the CMS and deletes its database. */
  destroy: () => Promise<void>;
};

/** A media folder of its own (`<dir>/uploads`), so tests never write into the dev stack's uploads. */
function createTestPublicDir(): { dir: string; drop: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-public-'));
  fs.mkdirSync(path.join(dir, 'uploads'));
  return { dir, drop: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A production-mode Strapi (from cms/dist) on a free port, a fresh database and its own media folder. */
export async function bootTestCms(
  options: { seedDemo?: boolean; extraEnv?: Record<string, string> } = {},
): Promise<TestCms> {
  const database = await createTestDatabase();
  const publicDir = createTestPublicDir();
  const dropAll = async () => {
    await database.drop();
    publicDir.drop();
  };
  const port = await freePort();
  const secrets = testSecrets();
  const env = {
    ...process.env,
    ...secrets,
    ...database.env,
    PUBLIC_DIR: publicDir.dir,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    SEED_DEMO: String(options.seedDemo ?? true),
    ...options.extraEnv,
  };
  const url = `http://127.0.0.1:${port}`;
  let service: Service | null = await startCms({ port, env, quiet: true }).catch(async (error: unknown) => {
    await dropAll();
    throw error;
  });
  const tokens = new Map<string, Promise<string>>();
  const token = (type: 'read-only' | 'full-access') => {
    const existing = tokens.get(type);
    if (existing) return existing;
    const created = createApiToken(url, TEST_ADMIN, type);
    tokens.set(type, created);
    return created;
  };
  const stop = async () => {
    await service?.stop();
    service = null;
  };
  return {
    url,
    siteEnv: {
      REVALIDATE_SECRET: secrets.REVALIDATE_SECRET ?? '',
      PREVIEW_SECRET: secrets.PREVIEW_SECRET ?? '',
      CMS_PREVIEW_TOKEN: secrets.CMS_PREVIEW_TOKEN ?? '',
    },
    database,
    env,
    publicDir: publicDir.dir,
    forgetCredentials: () => {
      tokens.clear();
      forgetAdminLogin(url, TEST_ADMIN.email);
    },
    pgid: () => service?.child.pid ?? 0,
    fullAccessToken: () => token('full-access'),
    readOnlyToken: () => token('read-only'),
    stop,
    restart: async () => {
      await stop();
      service = await startCms({ port, env, quiet: true });
    },
    destroy: async () => {
      await stop();
      await dropAll();
    },
  };
}

export type TestSite = { url: string; service: Service };

/**
 * The production site (the test build) reading from a test CMS, on a free port or the one the CMS
 * was told (its SITE_URL), and reaching the CMS directly or through `cmsUrl` (a proxy).
 */
export async function startTestSite(
  cms: TestCms,
  extraEnv: Record<string, string> = {},
  where: { port?: number; cmsUrl?: string } = {},
): Promise<TestSite> {
  const port = where.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const service = await startWeb({
    port,
    cmsUrl: where.cmsUrl ?? cms.url,
    siteUrl: url,
    env: { ...process.env, ...cms.siteEnv, NEXT_DIST_DIR: TEST_DIST_DIR, ...extraEnv },
    quiet: true,
  });
  return { url, service };
}
