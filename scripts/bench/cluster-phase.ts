import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { createApiToken } from '../lib/cms-admin';
import { startCluster } from '../lib/cluster';
import { startNginx } from '../lib/nginx';
import { bin, WEB_DIR } from '../lib/paths';
import { freePort, startService, waitForUrl, type Service } from '../lib/processes';
import { TEST_ADMIN, testSecrets } from '../lib/test-cms';
import type { LoadResult } from './load';
import { loadRuns, type Progress, type Settings } from './phase';
import { getText, postJson } from './requests';

export type ClusterResult = {
  /** Cached article through nginx over the two site replicas (the site's own server). */
  balancer: LoadResult[];
  /** The same page from one of those replicas directly. */
  replica: LoadResult[];
  /** Stock `next start` with the same shared cache handler: one replica, and two through nginx. */
  stockReplica: LoadResult[];
  stockBalancer: LoadResult[];
  /** Publish → live on each replica, asked directly, for each publish. */
  publishMs: number[];
};

/** A stock `next start` of the bench build, with the cluster's environment (so Redis, too). */
async function stockNext(env: NodeJS.ProcessEnv, port: number, dir: string): Promise<Service> {
  const service = startService(
    'next start',
    bin('next', WEB_DIR),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      env,
      logFile: path.join(dir, `next-start-${port}.log`),
    },
  );
  await waitForUrl(`http://127.0.0.1:${port}/`, service);
  return service;
}

/**
 * The cluster rows of `npm run bench -- --cluster`: the cached article through the load balancer
 * against one replica, the site's server against stock `next start` with the same shared cache
 * handler (so the numbers say whether the custom fast path earns its place), and publish → live
 * across replicas.
 */
export async function measureCluster(
  settings: Settings,
  progress: Progress,
  distDir: string,
  publishes: number,
): Promise<ClusterResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-bench-cluster-'));
  progress.step('cluster: 2 CMS on Postgres, 2 site replicas on Redis, S3, nginx');
  const cluster = await startCluster({
    dir,
    env: {
      ...testSecrets(),
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SEED_DEMO: 'true',
      NEXT_DIST_DIR: distDir,
      SITE_RATE_LIMITS: 'off',
    },
  });
  const stock: Service[] = [];
  try {
    const stockPorts = [await freePort(), await freePort()];
    for (const port of stockPorts) stock.push(await stockNext(cluster.env, port, dir));
    const stockPort = await freePort();
    stock.push(
      await startNginx(path.join(dir, 'stock-balancer'), [
        { name: 'stock', listen: stockPort, servers: stockPorts },
      ]),
    );

    const article = `/berichten/${DEMO.workVisit.slug}`;
    const [replica] = cluster.sites;
    const targets = {
      balancer: `${cluster.siteUrl}${article}`,
      replica: `${replica?.url}${article}`,
      stockReplica: `http://127.0.0.1:${stockPorts[0]}${article}`,
      stockBalancer: `http://127.0.0.1:${stockPort}${article}`,
    };
    for (const url of Object.values(targets)) for (let warm = 0; warm < 3; warm += 1) await getText(url);

    progress.step('cluster: cached article through nginx and from one replica, custom server and stock Next');
    const result: ClusterResult = {
      balancer: [],
      replica: [],
      stockReplica: [],
      stockBalancer: [],
      publishMs: [],
    };
    for (let run = 1; run <= settings.runs; run += 1) {
      for (const [name, url] of Object.entries(targets) as [keyof typeof targets, string][]) {
        const [measured] = await loadRuns(url, { ...settings, runs: 1 }, progress, `${name} ${run}`);
        if (measured) result[name].push(measured);
      }
    }

    progress.step(`cluster: publish → live on every replica, ${publishes} posts`);
    const token = await createApiToken(cluster.cmsUrl, TEST_ADMIN, 'full-access');
    const authors = await (
      await fetch(`${cluster.cmsUrl}/api/authors?filters[slug][$eq]=${DEMO.author.slug}`)
    ).json();
    for (let run = 0; run < publishes; run += 1) {
      const slug = `bench-cluster-${Date.now()}-${run}`;
      const title = `Benchmark: clusterbericht ${run + 1}`;
      for (const site of cluster.sites) await getText(`${site.url}/berichten/${slug}`, 404);
      const started = performance.now();
      await postJson(
        `${cluster.cmsUrl}/api/posts`,
        {
          data: {
            title,
            slug,
            author: String(authors.data?.[0]?.documentId),
            content: [
              { type: 'paragraph', children: [{ type: 'text', text: 'Gemeten door npm run bench.' }] },
            ],
          },
        },
        token,
      );
      const times = await Promise.all(
        cluster.sites.map(async (site) => {
          for (;;) {
            const response = await fetch(`${site.url}/berichten/${slug}`);
            if (response.status === 200 && (await response.text()).includes(title))
              return performance.now() - started;
            if (performance.now() - started > 15_000) throw new Error(`${site.name} toont ${slug} niet`);
          }
        }),
      );
      result.publishMs.push(...times);
      progress.detail(`publish ${run + 1}: ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
    }
    return result;
  } finally {
    for (const service of stock.reverse()) await service.stop();
    await cluster.stop();
  }
}
