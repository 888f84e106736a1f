import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Service } from '../../../scripts/lib/processes';
import { bootTestCms, startTestSite, type TestCms } from '../../../scripts/lib/test-cms';
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
  // A small heap: V8 must collect instead of growing, so what stays is what is really kept.
  ({ url: siteUrl, service: site } = await startTestSite(cms, { NODE_OPTIONS: '--max-old-space-size=160' }));
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

  // The first pass loads code and fills bounded caches. Three more passes of the same requests
  // must not keep adding to that: memory that grows per request (14 kB or more) would show here.
  const afterFirst = memory();
  const later: ReturnType<typeof memory>[] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    await sendAll(siteUrl, forSite);
    await sendAll(cms.url, forCms);
    later.push(memory());
  }
  const last = later[later.length - 1] ?? afterFirst;
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const series = (name: 'site' | 'cms') => [before, afterFirst, ...later].map((m) => mb(m[name])).join(' → ');
  console.log(`memory (MB) per pass: site ${series('site')}; CMS ${series('cms')}`);
  expect(last.site - afterFirst.site).toBeLessThan(48 * 2 ** 20);
  expect(last.cms - afterFirst.cms).toBeLessThan(48 * 2 ** 20);
}, 600_000);
