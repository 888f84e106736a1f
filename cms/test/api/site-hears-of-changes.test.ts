import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/lib/processes';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { editorPostAction, listOf, paragraph, parseBody, tokenApi, type ApiClient } from './helpers';
import { z } from 'zod';

/**
 * Stands in for the site's POST /api/revalidate: records what the CMS sends. The site itself is
 * tested end to end; here the question is what the CMS says, and when.
 */
function fakeSite(port: number) {
  const received: { authorization: string | undefined; tags: string[] }[] = [];
  const refused: { tags: string[]; at: number }[] = [];
  let busyAnswers = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed: { tags?: string[] } = JSON.parse(body || '{}');
      if (busyAnswers > 0) {
        busyAnswers -= 1;
        refused.push({ tags: parsed.tags ?? [], at: Date.now() });
        response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' }).end('{}');
        return;
      }
      received.push({ authorization: request.headers.authorization, tags: parsed.tags ?? [] });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  server.listen(port, '127.0.0.1');
  return {
    received,
    refused,
    /** Answers the next `count` calls with 429 and `Retry-After: 1`, as the site's rate limit does. */
    beBusy: (count: number) => (busyAnswers = count),
    tagsSince: (index: number) => new Set(received.slice(index).flatMap((entry) => entry.tags)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until the fake site has received what `check` looks for. */
const until = (check: () => boolean) =>
  expect.poll(check, { timeout: 5_000, interval: 20, message: 'nothing arrived in time' }).toBe(true);

describe('the CMS tells the site what changed', () => {
  let cms: TestCms;
  let site: ReturnType<typeof fakeSite>;
  let api: ApiClient;
  let authorId: string;

  beforeAll(async () => {
    const port = await freePort();
    site = fakeSite(port);
    cms = await bootTestCms({ extraEnv: { SITE_URL: `http://127.0.0.1:${port}` } });
    api = tokenApi(cms.url, await cms.fullAccessToken());
    const authors = await api.get('/api/authors', { filters: { slug: { $eq: DEMO.author.slug } } });
    [{ documentId: authorId }] = parseBody(listOf({ documentId: z.string() }), authors).data as [
      { documentId: string },
    ];
  });

  afterAll(async () => {
    await cms?.destroy();
    await site?.close();
  });

  it('publishing a post names the lists, the post, its author and its labels, with the secret', async () => {
    const start = site.received.length;
    await api.post('/api/posts', {
      title: 'Nieuw bericht',
      slug: 'nieuw-bericht',
      author: authorId,
      content: paragraph('Tekst'),
    });
    await until(() => site.received.length > start);

    expect([...site.tagsSince(start)].sort()).toEqual(
      ['author:jeroen-kuipers', 'post:nieuw-bericht', 'posts'].sort(),
    );
    expect(site.received.at(-1)?.authorization).toBe(`Bearer ${cms.siteEnv.REVALIDATE_SECRET}`);
  });

  it('a slug change names the old URL too, and saving a draft names nothing', async () => {
    const posts = await api.get('/api/posts', { filters: { slug: { $eq: 'nieuw-bericht' } } });
    const [{ documentId }] = parseBody(listOf({ documentId: z.string() }), posts).data as [
      { documentId: string },
    ];

    const beforeDraft = site.received.length;
    await api.put(`/api/posts/${documentId}`, { title: 'Alleen het concept' }, { status: 'draft' });
    // A change the site does hear of, made after the draft: once it has arrived, anything the draft
    // had set off would have arrived too (with it, or before it).
    await api.put('/api/site', { tagline: 'Na het concept' });
    await until(() => site.tagsSince(beforeDraft).has('site'));
    expect([...site.tagsSince(beforeDraft)]).toEqual(['site']);

    const beforeSlugChange = site.received.length;
    await api.put(`/api/posts/${documentId}`, { slug: 'nieuw-adres' }, { status: 'published' });
    await until(() => site.tagsSince(beforeSlugChange).has('post:nieuw-adres'));
    expect(site.tagsSince(beforeSlugChange)).toContain('post:nieuw-bericht');

    const beforeUnpublish = site.received.length;
    await editorPostAction(cms.url, 'unpublish', documentId);
    await until(() => site.tagsSince(beforeUnpublish).has('post:nieuw-adres'));
  });

  it('renaming a label refreshes the label page and its posts', async () => {
    const labels = await api.get('/api/labels', { filters: { slug: { $eq: DEMO.label.slug } } });
    const [{ documentId }] = parseBody(listOf({ documentId: z.string() }), labels).data as [
      { documentId: string },
    ];
    const start = site.received.length;

    await api.put(`/api/labels/${documentId}`, { name: 'Op bezoek' });
    await until(() => site.received.length > start);

    const tags = site.tagsSince(start);
    expect(tags).toContain(`label:${DEMO.label.slug}`);
    expect(tags).toContain(`post:${DEMO.workVisit.slug}`);
  });

  it('re-describing a cover refreshes the pages that show it', async () => {
    const posts = await api.get('/api/posts', {
      filters: { slug: { $eq: DEMO.workVisit.slug } },
      populate: { cover: { fields: ['id'] } },
    });
    const [{ cover }] = parseBody(listOf({ cover: z.object({ id: z.number() }) }), posts).data as [
      { cover: { id: number } },
    ];
    const start = site.received.length;
    const form = new FormData();
    form.append(
      'fileInfo',
      JSON.stringify({ alternativeText: 'Het inloophuis aan de Molenstraat, van buiten' }),
    );

    await api.raw('POST', `/api/upload?id=${cover.id}`, form);
    await until(() => site.tagsSince(start).has(`post:${DEMO.workVisit.slug}`));
  });

  it('share buttons and site settings have tags of their own', async () => {
    const links = parseBody(listOf({ documentId: z.string() }), await api.get('/api/share-links')).data;
    const start = site.received.length;
    await api.put(`/api/share-links/${links[0]?.documentId}`, { label: 'Deel op Facebook!' });
    await until(() => site.tagsSince(start).has('share-links'));

    await api.put('/api/site', { tagline: 'Nieuwe ondertitel' });
    await until(() => site.tagsSince(start).has('site'));
  });

  it('a site that says it is busy (429) hears of the change once it asked to be asked again', async () => {
    site.beBusy(1);
    const start = site.received.length;
    const response = await api.post('/api/posts', {
      title: 'Terwijl de site het druk heeft',
      slug: 'site-druk',
      author: authorId,
      content: paragraph('Tekst'),
    });
    expect(response.status).toBe(201);
    await until(() => site.tagsSince(start).has('post:site-druk'));
    const arrived = Date.now();
    expect(site.refused.at(-1)?.tags).toContain('post:site-druk');
    expect(arrived - (site.refused.at(-1)?.at ?? arrived)).toBeGreaterThanOrEqual(900);
  });

  it('a site that cannot be reached never slows down or fails a publish', async () => {
    await site.close();
    const response = await api.post('/api/posts', {
      title: 'Terwijl de site plat ligt',
      slug: 'site-plat',
      author: authorId,
      content: paragraph('Tekst'),
    });
    expect(response.status).toBe(201);
    expect((await api.get('/api/posts', { filters: { slug: { $eq: 'site-plat' } } })).text).toContain(
      'Terwijl de site plat ligt',
    );
  });
});
