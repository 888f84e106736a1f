/**
 * `npm run cluster`: the production topology of docker-compose.yml without Docker, on loopback —
 * Postgres and Redis as the machine provides them, an S3 server (s3rver), two CMS and two site
 * replicas, nginx in front — with the settings and admin login of .env. Ctrl-C stops it.
 */
import path from 'node:path';
import { startCluster } from './lib/cluster';
import { ensureEnvFile } from './lib/env-file';
import { CMS_DIR } from './lib/paths';
import { createDatabase } from './lib/postgres';
import { buildStack } from './lib/stack';

/** The Postgres of .env, or a database of the cluster's own on the local Postgres, made once. */
async function databaseUrl(vars: Record<string, string>): Promise<string> {
  if (vars.DATABASE_CLIENT === 'postgres' && vars.DATABASE_URL) return vars.DATABASE_URL;
  return createDatabase('fractieblog_cluster', { ifMissing: true });
}

async function main() {
  const { vars } = ensureEnvFile();
  buildStack({ ...process.env, ...vars });
  console.log('▸ Cluster starten (Postgres, Redis, S3, 2 × CMS, 2 × site, nginx)…');
  const cluster = await startCluster({
    dir: path.join(CMS_DIR, '.tmp', 'cluster'),
    env: vars,
    databaseUrl: await databaseUrl(vars),
    redisUrl: vars.REDIS_URL || 'redis://127.0.0.1:6379',
    sitePort: Number(vars.WEB_PORT || 3000),
    cmsPort: Number(vars.PORT || 1337),
  });
  const stop = async () => {
    console.log('\n▸ Stoppen…');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  console.log(
    [
      '',
      '  fractieblog-cluster draait',
      `  Site (nginx):  ${cluster.siteUrl}   replica's: ${cluster.sites.map((site) => site.url).join(', ')}`,
      `  Admin (nginx): ${cluster.cmsUrl}/admin   replica's: ${cluster.cmses.map((cms) => cms.url).join(', ')}`,
      `  Login:         ${vars.ADMIN_EMAIL} / ${vars.ADMIN_PASSWORD}`,
      `  Logs:          ${path.join(CMS_DIR, '.tmp', 'cluster')}`,
      '  Stoppen:       Ctrl-C',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
