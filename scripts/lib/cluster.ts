import fs from 'node:fs';
import path from 'node:path';
import { startNginx } from './nginx';
import { CMS_DIR, WEB_DIR } from './paths';
import { createDatabase, dropDatabase } from './postgres';
import { freePort, startService, waitForUrl, type Service } from './processes';
import { startTestRedis } from './redis-server';
import { startTestBucket } from './s3-server';

/** One CMS or site process of the cluster, on its own port, that can be stopped, killed and started. */
type Replica = {
  name: string;
  url: string;
  logFile: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** `kill -9` of its process group. */
  kill: () => Promise<void>;
  running: () => boolean;
};

export type Cluster = {
  /** The site through the load balancer: what readers use. */
  siteUrl: string;
  /** The CMS through the load balancer: what editors and the site use. */
  cmsUrl: string;
  sites: Replica[];
  cmses: Replica[];
  redis: { url: string; stop?: () => Promise<void>; start?: () => Promise<void> };
  /** The environment every replica was started with, for starting more processes alike. */
  env: NodeJS.ProcessEnv;
  /** Every change notice a CMS replica sent the site, as the load balancer logged it. */
  revalidations: () => { at: number; tags: string[] }[];
  stop: () => Promise<void>;
};

type ClusterOptions = {
  /** Folder for logs, the load balancer and (without S3 settings in `env`) the bucket. */
  dir: string;
  /** Secrets, admin login and other settings every replica shares. */
  env: Record<string, string>;
  /** A Postgres database to use; without it a fresh one is made on POSTGRES_ADMIN_URL and dropped. */
  databaseUrl?: string;
  /** A Redis to use; without it a Redis of the cluster's own (that tests may stop and start). */
  redisUrl?: string;
  /** Ports of the load balancer; free ones when not given. */
  sitePort?: number;
  cmsPort?: number;
  replicas?: number;
};

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fractieblog_cluster_${Math.random().toString(36).slice(2, 10)}`;
  return { url: await createDatabase(name), drop: () => dropDatabase(name) };
}

/**
 * A replica started with the project's stable commands, `npm run start -w cms` and
 * `npm run start -w web -- --port N`, as an operator would start one by hand.
 */
function replica(
  name: string,
  workspace: 'cms' | 'web',
  port: number,
  env: NodeJS.ProcessEnv,
  dir: string,
  ready: string,
): Replica {
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, `${name}.log`);
  const args =
    workspace === 'cms'
      ? ['run', 'start', '-w', 'cms']
      : ['run', 'start', '-w', 'web', '--', '--port', String(port)];
  let service: Service | null = null;
  return {
    name,
    url,
    logFile,
    running: () => service !== null && service.child.exitCode === null && service.child.signalCode === null,
    start: async () => {
      service = startService(name, 'npm', args, {
        cwd: path.dirname(workspace === 'cms' ? CMS_DIR : WEB_DIR),
        env: workspace === 'cms' ? { ...env, PORT: String(port) } : env,
        logFile,
      });
      await waitForUrl(`${url}${ready}`, service);
    },
    stop: async () => {
      await service?.stop();
      service = null;
    },
    kill: async () => {
      await service?.kill();
      service = null;
    },
  };
}

/**
 * The production topology without Docker, on loopback: Postgres and Redis, an S3 server (s3rver),
 * CMS and site replicas, and nginx balancing both. The CMS replicas share the database, the bucket
 * and the secrets; the site replicas share Redis; the CMS tells the site through the balancer.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  fs.mkdirSync(options.dir, { recursive: true });
  const count = options.replicas ?? 2;
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const redis = options.redisUrl ? { url: options.redisUrl } : await startTestRedis();
    if ('stop' in redis) cleanups.push(() => redis.stop());
    const database = options.databaseUrl ? { url: options.databaseUrl } : await freshDatabase();
    if ('drop' in database) cleanups.push(() => database.drop());
    let bucketEnv: Record<string, string> = {};
    if (!options.env.S3_BUCKET) {
      const bucket = await startTestBucket('media', path.join(options.dir, 'bucket'));
      cleanups.push(() => bucket.stop());
      bucketEnv = bucket.env;
    }

    const sitePort = options.sitePort ?? (await freePort());
    const cmsPort = options.cmsPort ?? (await freePort());
    const siteUrl = `http://127.0.0.1:${sitePort}`;
    const cmsUrl = `http://127.0.0.1:${cmsPort}`;
    const shared = {
      ...process.env,
      STRAPI_TELEMETRY_DISABLED: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
      ...bucketEnv,
      NODE_ENV: 'production',
      SITE_URL: siteUrl,
      SITE_INTERNAL_URL: siteUrl,
      CMS_URL: cmsUrl,
      CMS_PUBLIC_URL: cmsUrl,
      REDIS_URL: redis.url,
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      WEB_HOST: '127.0.0.1',
      // The balancer on loopback adds the reader's address to X-Forwarded-For.
      TRUST_PROXY: 'loopback',
    };
    const cmses: Replica[] = [];
    const sites: Replica[] = [];
    for (let index = 1; index <= count; index += 1) {
      cmses.push(replica(`cms-${index}`, 'cms', await freePort(), shared, options.dir, '/_health'));
      sites.push(replica(`site-${index}`, 'web', await freePort(), shared, options.dir, '/'));
    }
    const portOf = (replica: Replica) => Number(new URL(replica.url).port);
    const nginx = await startNginx(path.join(options.dir, 'balancer'), [
      { name: 'site', listen: sitePort, servers: sites.map(portOf) },
      { name: 'cms', listen: cmsPort, servers: cmses.map(portOf) },
    ]);
    cleanups.push(() => nginx.stop());

    // One CMS first: it creates the tables and the first admin; the others find them made.
    for (const cms of cmses) {
      cleanups.push(() => cms.stop());
      await cms.start();
    }
    for (const site of sites) {
      cleanups.push(() => site.stop());
      await site.start();
    }
    const noticeLog = path.join(options.dir, 'balancer', 'site-revalidate.log');
    return {
      siteUrl,
      cmsUrl,
      sites,
      cmses,
      redis,
      env: shared,
      revalidations: () => readNotices(noticeLog),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The balancer's log of change notices: `<seconds.millis> <JSON body>` per line. */
function readNotices(file: string): { at: number; tags: string[] }[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [seconds = '0', ...body] = line.split(' ');
      // nginx escapes the quotes of a logged body as \x22.
      const json = body.join(' ').replace(/\\x22/g, '"');
      let tags: string[] = [];
      try {
        const parsed: unknown = JSON.parse(json);
        const found: unknown = Reflect.get(Object(parsed), 'tags');
        if (Array.isArray(found)) tags = found.map(String);
      } catch {
        // not a notice the CMS sent
      }
      return { at: Math.round(Number(seconds) * 1000), tags };
    });
}
