import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort, type Service } from '../../../scripts/lib/processes';
import { startWeb, TEST_DIST_DIR } from '../../../scripts/lib/stack';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { groupRss } from '../../../scripts/bench/memory';
import { hostileRequests, type HostileRequest } from './hostile-inputs';

/*
 * The fuzz test: 1,200 generated hostile requests to the site and 1,200 to the CMS's public API
 * (broken percent-encoding, traversal, unicode, huge and repeated parameters, bad JSON, wrong
 * methods and content types). Not one may be answered with a 5xx, both must stay healthy, and
 * their memory must settle afterwards.
 */
const PER_TARGET = 1_200;
let cms: TestCms;
let site: Service;
let siteUrl: string;

beforeAll(async () => {
  cms = await bootTestCms();
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  site = await startWeb({
    port,
    cmsUrl: cms.url,
    siteUrl,
    env: { ...process.env, ...cms.siteEnv, NEXT_DIST_DIR: TEST_DIST_DIR },
    quiet: true,
  });
}, 240_000);

afterAll(async () => {
  await site?.stop();
  await cms?.destroy();
});

async function send(base: string, request: HostileRequest): Promise<number> {
  const withBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: withBody ? request.body : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    // A URL the client itself refuses to send never reached the server.
    if (error instanceof TypeError && !String(error.cause ?? '').includes('ECONNRE')) return 0;
    throw error;
  }
}

async function sendAll(base: string, requests: HostileRequest[]) {
  const failures: string[] = [];
  let sent = 0;
  for (const request of requests) {
    const status = await send(base, request);
    if (status !== 0) sent += 1;
    if (status >= 500) failures.push(`${status} ${request.method} ${request.path.slice(0, 160)}`);
  }
  return { sent, failures };
}

it('answers 2,400 hostile requests without a single 5xx, stays healthy, and its memory settles', async () => {
  const { site: forSite, cms: forCms } = hostileRequests(20261128, PER_TARGET);
  const pgids = { site: site.child.pid ?? 0, cms: cms.pgid() };
  const memory = () => ({ site: groupRss(pgids.site), cms: groupRss(pgids.cms) });
  const before = memory();

  const siteResult = await sendAll(siteUrl, forSite);
  const cmsResult = await sendAll(cms.url, forCms);

  console.log(
    `fuzz: site ${siteResult.sent} sent, ${siteResult.failures.length} 5xx; ` +
      `CMS ${cmsResult.sent} sent, ${cmsResult.failures.length} 5xx`,
  );
  expect({ site: siteResult.failures, cms: cmsResult.failures }).toEqual({ site: [], cms: [] });
  expect(siteResult.sent + cmsResult.sent).toBeGreaterThanOrEqual(2_000);
  expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  expect((await fetch(`${siteUrl}/`)).status).toBe(200);

  // The first pass loads code and fills bounded caches; the same requests again must not add
  // to that: memory that grows per request would show here.
  const afterFirst = memory();
  await sendAll(siteUrl, forSite);
  await sendAll(cms.url, forCms);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const afterSecond = memory();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  console.log(
    `memory (MB): site ${mb(before.site)} → ${mb(afterFirst.site)} → ${mb(afterSecond.site)}, ` +
      `CMS ${mb(before.cms)} → ${mb(afterFirst.cms)} → ${mb(afterSecond.cms)}`,
  );
  expect(afterSecond.site - afterFirst.site).toBeLessThan(64 * 2 ** 20);
  expect(afterSecond.cms - afterFirst.cms).toBeLessThan(64 * 2 ** 20);
}, 600_000);
