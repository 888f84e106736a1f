import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freePort } from '../../../scripts/lib/processes';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { editorApi, listOf, parseBody, publicApi, tokenApi, type ApiClient } from './helpers';

const RECORD = '/api/share-counts/record';
const totals = z.object({
  recentDays: z.number(),
  platforms: z.array(z.object({ platform: z.string(), total: z.number(), recent: z.number() })),
});

/** Stands in for the site: keeps the tags of every revalidation request it gets. */
function fakeSite(port: number) {
  const received: string[][] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed: { tags?: string[] } = JSON.parse(body || '{}');
      received.push(parsed.tags ?? []);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  server.listen(port, '127.0.0.1');
  return { received, close: () => new Promise<void>((done) => server.close(() => done())) };
}

describe('share counts', () => {
  let cms: TestCms;
  let site: ReturnType<typeof fakeSite>;
  let editor: ApiClient;
  let workVisitId: string;
  let draftId: string;

  /** The site's report of a share, with the secret CMS and site share. */
  const record = (body: object, secret = cms.siteEnv.REVALIDATE_SECRET) =>
    tokenApi(cms.url, secret ?? '').json('POST', RECORD, body);
  const sharesOf = async (documentId: string) =>
    parseBody(totals, await editor.get(`/share-stats/posts/${documentId}`)).platforms;
  const documentIdOf = async (slug: string, status: 'published' | 'draft') => {
    const reader = tokenApi(cms.url, await cms.readOnlyToken());
    const found = await reader.get('/api/posts', { status, filters: { slug: { $eq: slug } } });
    const [entry] = parseBody(listOf({ documentId: z.string() }), found).data;
    if (!entry) throw new Error(`post ${slug} not found`);
    return entry.documentId;
  };

  beforeAll(async () => {
    const port = await freePort();
    site = fakeSite(port);
    cms = await bootTestCms({ extraEnv: { SITE_URL: `http://127.0.0.1:${port}` } });
    editor = await editorApi(cms.url);
    workVisitId = await documentIdOf(DEMO.workVisit.slug, 'published');
    draftId = await documentIdOf(DEMO.draft.slug, 'draft');
  });

  afterAll(async () => {
    await cms?.destroy();
    await site?.close();
  });

  it('counts every share of a published post, also when they arrive at once, and tells the site nothing', async () => {
    const before = site.received.length;
    const first = await record({ slug: DEMO.workVisit.slug, platform: 'whatsapp' });
    expect(first.status, first.text).toBe(204);

    const burst = await Promise.all(
      Array.from({ length: 12 }, () => record({ slug: DEMO.workVisit.slug, platform: 'whatsapp' })),
    );
    await record({ slug: DEMO.workVisit.slug, platform: 'copy' });

    expect(burst.map((response) => response.status)).toEqual(Array(12).fill(204));
    expect(await sharesOf(workVisitId)).toEqual([
      { platform: 'whatsapp', total: 13, recent: 13 },
      { platform: 'copy', total: 1, recent: 1 },
    ]);
    // A change the site does hear of, made after the shares: once it has arrived, a notice set off
    // by a share would have arrived too (in the same request, or before it).
    const settings = await tokenApi(cms.url, await cms.fullAccessToken()).put('/api/site', {
      tagline: 'Na het delen',
    });
    expect(settings.status, settings.text).toBe(200);
    await expect
      .poll(() => site.received.slice(before).flat(), { timeout: 5_000, interval: 20 })
      .toContain('site');
    expect(site.received.slice(before)).toEqual([['site']]);
  });

  it('first shares of a platform on a day, all at once, are all counted', async () => {
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => record({ slug: DEMO.workVisit.slug, platform: 'bluesky' })),
    );
    expect(burst.map((response) => response.status)).toEqual(Array(8).fill(204));
    expect(await sharesOf(workVisitId)).toContainEqual({ platform: 'bluesky', total: 8, recent: 8 });
  });

  it('leaves no trace of a draft or an unknown slug', async () => {
    expect((await record({ slug: DEMO.draft.slug, platform: 'x' })).status).toBe(404);
    expect((await record({ slug: 'bestaat-niet', platform: 'x' })).status).toBe(404);
    expect(await sharesOf(draftId)).toEqual([]);
  });

  it('refuses a bad platform or slug with 400', async () => {
    expect((await record({ slug: DEMO.workVisit.slug, platform: 'myspace' })).status).toBe(400);
    expect((await record({ slug: '../../admin', platform: 'x' })).status).toBe(400);
    expect((await record({})).status).toBe(400);
  });

  it('refuses reports without the secret, and API tokens are no secret', async () => {
    const share = { slug: DEMO.workVisit.slug, platform: 'facebook' };
    expect((await publicApi(cms.url).json('POST', RECORD, share)).status).toBe(401);
    expect((await record(share, 'fout-geheim-van-voldoende-lengte')).status).toBe(401);
    expect((await record(share, await cms.fullAccessToken())).status).toBe(401);
    expect(await sharesOf(workVisitId)).not.toContainEqual(expect.objectContaining({ platform: 'facebook' }));
  });

  it('the public can neither read nor write counts, and the admin route wants an admin', async () => {
    const visitor = publicApi(cms.url);
    for (const path of ['/api/share-counts', '/api/share-counts/1']) {
      const response = await visitor.get(path);
      expect([403, 404], `${path}: ${response.status}`).toContain(response.status);
    }
    const created = await visitor.post('/api/share-counts', {
      postDocumentId: workVisitId,
      platform: 'x',
      day: '2026-01-01',
      count: 1000,
    });
    expect([403, 404, 405]).toContain(created.status);
    expect((await visitor.get(`/share-stats/posts/${workVisitId}`)).status).toBe(401);
    const token = tokenApi(cms.url, await cms.fullAccessToken());
    expect((await token.get(`/share-stats/posts/${workVisitId}`)).status).toBe(401);
    expect(await sharesOf(workVisitId)).not.toContainEqual(expect.objectContaining({ platform: 'x' }));
  });
});
