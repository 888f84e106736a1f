import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Service } from '../../../scripts/lib/processes';
import { bootTestCms, startTestSite, type TestCms } from '../../../scripts/lib/test-cms';

/*
 * Postgres drops every connection of the CMS under load, as it does when it restarts: the CMS
 * reconnects by itself and the site keeps serving its pages throughout. Postgres only (the suite
 * runs again on Postgres when DATABASE_URL is set, as CI does).
 */
const postgresUrl = process.env.DATABASE_URL;
let cms: TestCms;
let site: Service;
let siteUrl: string;

beforeAll(async () => {
  if (!postgresUrl) return;
  cms = await bootTestCms();
  ({ url: siteUrl, service: site } = await startTestSite(cms));
}, 240_000);

afterAll(async () => {
  await site?.stop();
  await cms?.destroy();
});

/** Ends every other connection to this run's database (scripts/with-postgres-db.ts makes one per run). */
async function dropConnections(): Promise<number> {
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  const result = await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE pid <> pg_backend_pid() AND datname = current_database()`,
  );
  await admin.end();
  return result.rowCount ?? 0;
}

it.runIf(postgresUrl)(
  'reconnects by itself when Postgres drops its connections, while the site keeps serving',
  async () => {
    const pages = ['/', '/labels/werkbezoeken', '/berichten/werkbezoek-leger-des-heils'];
    for (const page of pages) expect((await fetch(`${siteUrl}${page}`)).status).toBe(200);

    const siteStatuses: number[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        for (const page of pages) siteStatuses.push((await fetch(`${siteUrl}${page}`)).status);
        await fetch(`${cms.url}/api/posts?pagination[pageSize]=5`).then((response) => response.text());
      }
    })();

    const dropped = await dropConnections();
    const started = Date.now();
    let recoveredAfter = -1;
    while (Date.now() - started < 20_000) {
      const response = await fetch(`${cms.url}/api/posts?pagination[pageSize]=5`);
      await response.text();
      if (response.status === 200) {
        recoveredAfter = Date.now() - started;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    loading = false;
    await load;

    console.log(
      `Postgres dropped ${dropped} connections; CMS answering again after ${recoveredAfter} ms; ` +
        `site: ${siteStatuses.length} page requests, ${siteStatuses.filter((status) => status !== 200).length} not 200`,
    );
    expect(recoveredAfter).toBeGreaterThanOrEqual(0);
    expect(siteStatuses.filter((status) => status !== 200)).toEqual([]);
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  },
  120_000,
);
