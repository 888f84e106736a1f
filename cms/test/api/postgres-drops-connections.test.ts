import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Service } from '../../../scripts/lib/processes';
import { startRestartableProxy, type RestartableProxy } from '../../../scripts/lib/restartable-proxy';
import { adminLogin } from '../../../scripts/lib/cms-admin';
import { bootTestCms, startTestSite, TEST_ADMIN, type TestCms } from '../../../scripts/lib/test-cms';
import { demoAuthorId, paragraph, tokenApi } from './helpers';

/*
 * Postgres drops every connection of the CMS under load, or restarts: the CMS reconnects by itself
 * and the site keeps serving its pages throughout. Postgres only (the suite runs again on Postgres
 * when DATABASE_URL is set, as CI does). The CMS reaches Postgres through a proxy, so a test can
 * restart "Postgres" for this CMS alone; the real server is shared.
 */
const postgresUrl = process.env.DATABASE_URL;
const PAGES = ['/', '/labels/werkbezoeken', '/berichten/werkbezoek-leger-des-heils'];
let postgres: RestartableProxy;
let cms: TestCms;
let site: Service;
let siteUrl: string;
// Both made while the database is there: an API token, and an editor logged in to the admin.
let apiToken: string;
let editorJwt: string;

beforeAll(async () => {
  if (!postgresUrl) return;
  const direct = new URL(postgresUrl);
  postgres = await startRestartableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const proxied = new URL(postgresUrl);
  proxied.host = `127.0.0.1:${postgres.port}`;
  cms = await bootTestCms({ extraEnv: { DATABASE_URL: proxied.href } });
  ({ url: siteUrl, service: site } = await startTestSite(cms));
  for (const page of PAGES) expect((await fetch(`${siteUrl}${page}`)).status).toBe(200);
  apiToken = await cms.fullAccessToken();
  editorJwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);
}, 240_000);

afterAll(async () => {
  await site?.stop();
  await cms?.destroy();
  await postgres?.close();
});

/** Readers on the site and API clients on the CMS, until `stop()`; what each of them got. */
function underLoad() {
  const site: number[] = [];
  const api: number[] = [];
  let running = true;
  const load = (async () => {
    while (running) {
      for (const page of PAGES) site.push((await fetch(`${siteUrl}${page}`)).status);
      const response = await fetch(`${cms.url}/api/posts?pagination[pageSize]=5`);
      await response.text();
      api.push(response.status);
    }
  })();
  return {
    site,
    api,
    stop: async () => {
      running = false;
      await load;
    },
  };
}

/** What the public, an API token and a logged-in editor get from the CMS while it has no database. */
async function answersWhileDown() {
  const [publicAnswer, tokenAnswer, editorAnswer] = await Promise.all([
    fetch(`${cms.url}/api/posts`),
    fetch(`${cms.url}/api/posts`, { headers: { Authorization: `Bearer ${apiToken}` } }),
    fetch(`${cms.url}/admin/users/me`, { headers: { Authorization: `Bearer ${editorJwt}` } }),
  ]);
  return {
    public: publicAnswer.status,
    token: tokenAnswer.status,
    editor: editorAnswer.status,
    retryAfter: publicAnswer.headers.get('retry-after'),
  };
}

/** Milliseconds until the CMS answers from its database again; fails after 30 s. */
async function cmsRecovers(): Promise<number> {
  const started = Date.now();
  await expect
    .poll(
      async () => {
        const response = await fetch(`${cms.url}/api/posts?pagination[pageSize]=5`);
        await response.text();
        return response.status;
      },
      { timeout: 30_000, interval: 100, message: 'the CMS did not answer from its database within 30 s' },
    )
    .toBe(200);
  return Date.now() - started;
}

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
    const load = underLoad();

    const dropped = await dropConnections();
    const recoveredAfter = await cmsRecovers();
    await load.stop();

    console.log(
      `Postgres dropped ${dropped} connections; CMS answering again after ${recoveredAfter} ms; ` +
        `site: ${load.site.length} page requests, ${load.site.filter((status) => status !== 200).length} not 200`,
    );
    expect(load.site.filter((status) => status !== 200)).toEqual([]);
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  },
  120_000,
);

it.runIf(postgresUrl)(
  'comes back by itself after Postgres restarts under load (down for 3 s), while the site keeps serving',
  async () => {
    const load = underLoad();
    // The restart happens under load: readers and API clients have had answers before it.
    await expect
      .poll(() => Math.min(load.site.length, load.api.length), { timeout: 10_000 })
      .toBeGreaterThan(0);

    const restart = postgres.restart(3000);
    const { cut } = await restart.down;
    const whileDown = await answersWhileDown();
    await restart.back;
    const recoveredAfter = await cmsRecovers();
    await load.stop();
    const editor = tokenApi(cms.url, apiToken);
    const created = await editor.post(
      '/api/posts',
      {
        title: 'Na de herstart van Postgres',
        slug: 'na-de-herstart',
        content: paragraph('Alles werkt weer.'),
        author: await demoAuthorId(editor),
      },
      { status: 'draft' },
    );

    const apiFailures = load.api.filter((status) => status !== 200);
    console.log(`while Postgres was down: ${JSON.stringify(whileDown)}`);
    console.log(
      `Postgres restart: ${cut} connections cut, down 3 s; CMS answering again ${recoveredAfter} ms after it was back; ` +
        `site: ${load.site.length} page requests, ${load.site.filter((status) => status !== 200).length} not 200; ` +
        `CMS API: ${load.api.length} requests, ${apiFailures.length} failed (${[...new Set(apiFailures)].join(', ') || 'none'})`,
    );
    expect(cut).toBeGreaterThan(0);
    expect(load.site.filter((status) => status !== 200)).toEqual([]);
    expect(created.status, created.text).toBe(201);
    // A database away is said as such: never "your token is wrong" (401), which logs editors out.
    expect(new Set(apiFailures)).toEqual(new Set(apiFailures.length > 0 ? [503] : []));
    expect(whileDown).toEqual({ public: 503, token: 503, editor: 503, retryAfter: '5' });
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  },
  120_000,
);
