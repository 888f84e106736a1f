import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freePort } from '../../../scripts/lib/processes';
import { bootTestCms, startTestSite, type TestCms, type TestSite } from '../../../scripts/lib/test-cms';
import {
  demoAuthorId,
  entryOf,
  errorBody,
  paragraph,
  parseBody,
  publicApi,
  tokenApi,
  type ApiClient,
} from './helpers';

const table = z.object({ data: z.array(z.tuple([z.string(), z.string(), z.boolean()])) });

describe('redirects: old addresses keep working', () => {
  let cms: TestCms;
  let site: TestSite;
  let api: ApiClient;
  let authorId: string;

  beforeAll(async () => {
    const port = await freePort();
    cms = await bootTestCms({ extraEnv: { SITE_URL: `http://127.0.0.1:${port}` } });
    site = await startTestSite(cms, {}, { port });
    api = tokenApi(cms.url, await cms.fullAccessToken());
    authorId = await demoAuthorId(api);
  });
  afterAll(async () => {
    await site?.service.stop();
    await cms?.destroy();
  });

  const redirectTable = async () =>
    parseBody(table, await publicApi(cms.url).get('/api/redirects/table')).data;
  const followOnce = (path: string) => fetch(`${site.url}${path}`, { redirect: 'manual' });

  it('an editor adds one; a full old URL is kept as its path; the site answers it with a 301', async () => {
    const created = await api.post('/api/redirects', {
      from: 'https://oud.fractie.example/2019/03/werkbezoek-leger-des-heils/',
      to: '/berichten/werkbezoek-leger-des-heils',
    });
    expect(created.status).toBe(201);
    expect(await redirectTable()).toContainEqual([
      '/2019/03/werkbezoek-leger-des-heils/',
      '/berichten/werkbezoek-leger-des-heils',
      true,
    ]);
    await expect
      .poll(async () => (await followOnce('/2019/03/werkbezoek-leger-des-heils/?m=1')).status)
      .toBe(301);
    const answer = await followOnce('/2019/03/werkbezoek-leger-des-heils');
    expect(answer.headers.get('location')).toBe('/berichten/werkbezoek-leger-des-heils');
  });

  it.each([
    [{ from: 'werkbezoek', to: '/berichten/x' }, 'from', /begint met \//],
    [{ from: '/oud-1', to: 'https://evil.example/' }, 'to', /pad op deze site/],
    [{ from: '/oud-2', to: '//evil.example/' }, 'to', /pad op deze site/],
    [{ from: '/zelf/', to: '/zelf' }, 'to', /naar zichzelf/],
    [{ from: '/2019/03/werkbezoek-leger-des-heils/', to: '/' }, 'from', /bestaat al een doorverwijzing/],
    [{ from: '/keten', to: '/2019/03/werkbezoek-leger-des-heils/' }, 'to', /verwijst zelf al door/],
  ])('refuses %o with a Dutch message on %s', async (data, field, message) => {
    const refused = await api.post('/api/redirects', data);
    expect(refused.status).toBe(400);
    const { error } = parseBody(errorBody, refused);
    expect(error.message).toMatch(message);
    expect(JSON.stringify(error.details)).toContain(field);
  });

  it('the public reads the table, but cannot list, write or delete redirects', async () => {
    const visitor = publicApi(cms.url);
    expect((await visitor.get('/api/redirects')).status).toBe(403);
    expect((await visitor.post('/api/redirects', { from: '/x', to: '/' })).status).toBe(403);
  });

  it('a post published under a new slug leaves its old address behind as a redirect, without chains', async () => {
    const post = parseBody(
      entryOf({ documentId: z.string() }),
      await api.post('/api/posts', {
        title: 'Motie over de kade',
        slug: 'motie-kade',
        content: paragraph('Aangenomen.'),
        author: authorId,
      }),
    ).data;
    const rename = (slug: string) =>
      api.put(`/api/posts/${post.documentId}`, { slug }, { status: 'published' });

    await rename('motie-over-de-kade');
    await rename('motie-kade-aangenomen');
    expect(await redirectTable()).toEqual(
      expect.arrayContaining([
        ['/berichten/motie-kade', '/berichten/motie-kade-aangenomen', true],
        ['/berichten/motie-over-de-kade', '/berichten/motie-kade-aangenomen', true],
      ]),
    );
    await expect
      .poll(async () => (await followOnce('/berichten/motie-kade')).headers.get('location'))
      .toBe('/berichten/motie-kade-aangenomen');
    expect((await fetch(`${site.url}/berichten/motie-kade`)).status).toBe(200);

    // Back to the first slug: that address is a page again, the others lead to it.
    await rename('motie-kade');
    const rows = await redirectTable();
    expect(rows.map(([from]) => from)).not.toContain('/berichten/motie-kade');
    expect(rows).toContainEqual(['/berichten/motie-kade-aangenomen', '/berichten/motie-kade', true]);
    await expect.poll(async () => (await followOnce('/berichten/motie-kade')).status).toBe(200);
  });
});
