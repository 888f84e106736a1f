import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TestSite } from '../../../scripts/lib/test-cms';
import { listOf, parseBody, type ApiClient } from './helpers';
import { fetchPage, fixtureCopy, importExport, startImportStack, type OldSite } from './import-support';

/* A faction moves in from WordPress: its export, through the running CMS, onto the site. */
describe('importing a WordPress export', () => {
  let site: TestSite;
  let oldSite: OldSite;
  let api: ApiClient;
  let importer: { base: string; token: string };
  let file: string;

  let stop = async () => {};

  beforeAll(async () => {
    ({ site, oldSite, api, importer, stop } = await startImportStack({ withSite: true }));
    file = fixtureCopy('wordpress.xml', oldSite.url);
  });
  afterAll(() => stop());

  const postCount = async () =>
    parseBody(listOf({ documentId: z.string() }), await api.get('/api/posts', { status: 'draft' })).meta
      .pagination.total;
  const page = (path: string) => fetchPage(site.url, path);

  it('first says what it would do, and writes nothing', async () => {
    const job = await importExport(importer, file, { dryRun: true });
    expect(job.status).toBe('ready');
    expect(job.report?.counts.posts).toMatchObject({ created: 6, drafts: 3 });
    expect(job.report?.counts.skipped).toEqual({
      private: 1,
      password: 1,
      trash: 1,
      page: 1,
      'menu-item': 1,
    });
    expect(job.report?.lossy.map((entry) => entry.title)).toContain(
      'Motie: Ja! – samen tegen energiearmoede',
    );
    expect(await postCount()).toBe(0);
    expect(oldSite.requests.filter((path) => path.endsWith('.jpg'))).toEqual([]);
  });

  it('imports the posts with their dates, authors, labels and images; drafts stay drafts', async () => {
    const job = await importExport(importer, file);
    expect(job.status, job.error ?? '').toBe('done');
    expect(job.report?.counts.posts).toMatchObject({ created: 6, drafts: 3 });
    expect(job.report?.failedImages).toEqual([]);

    const article = await page('/berichten/werkbezoek-leger-des-heils');
    expect(article.status).toBe(200);
    expect(article.html).toContain('<h1>Werkbezoek Leger des Heils</h1>');
    expect(article.html).toContain('href="/auteurs/henrike">Henrike Nijman</a>');
    expect(article.html).toMatch(/<time[^>]*>14 maart 2023 om 10:30<\/time>/);
    for (const label of ['nieuws', 'zorg', 'armoede'])
      expect(article.html).toContain(`href="/labels/${label}"`);
    expect(article.html).toMatch(
      /<img[^>]+src="\/uploads\/[^"]+"[^>]*alt="Opvanglocatie aan de Stationsweg"/,
    );
    expect(article.html).not.toMatch(/\[(?:caption|gallery)/);
    // A link to another post of the old site leads to its new address.
    expect(article.html).toContain('href="/berichten/motie-ja"');

    const motion = await page('/berichten/motie-ja');
    expect(motion.html).toContain('12 juni 2023 om 20:15');
    expect(motion.html).toContain('href="/labels/moties"');
    expect((await page('/berichten/raadsvergadering-14-december-de-begroting')).status).toBe(404);
  });

  it('answers every old address with a 301 to its new page', async () => {
    const expected: [string, string][] = [
      ['/2023/03/14/werkbezoek-leger-des-heils/', '/berichten/werkbezoek-leger-des-heils'],
      ['/?p=102', '/berichten/motie-ja'],
      ['/category/moties/', '/labels/moties'],
      ['/tag/zorg/', '/labels/zorg'],
      ['/author/henrike/', '/auteurs/henrike'],
    ];
    for (const [from, to] of expected) {
      await expect.poll(async () => (await page(from)).location, { timeout: 5_000 }).toBe(to);
      expect((await page(from)).status, from).toBe(301);
    }
  });

  it('a second run of the same export changes nothing', async () => {
    const uploads = oldSite.requests.length;
    const job = await importExport(importer, file);
    expect(job.report?.counts.posts).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(job.report?.counts.redirects.created).toBe(0);
    expect(job.report?.counts.images.uploaded).toBe(0);
    expect(oldSite.requests.length).toBe(uploads);
    expect(await postCount()).toBe(6);
  });

  it('updates what changed at the source, and leaves alone a post an editor changed since', async () => {
    const edited = parseBody(
      listOf({ documentId: z.string() }),
      await api.get('/api/posts', { filters: { slug: { $eq: 'bijdrage-debat-jeugdzorg' } } }),
    ).data[0];
    await api.put(
      `/api/posts/${edited?.documentId}`,
      { title: 'Onze bijdrage aan het jeugdzorgdebat' },
      { status: 'published' },
    );
    const newer = fixtureCopy('wordpress.xml', oldSite.url, (text) =>
      text
        .replace('Een indrukwekkende ochtend.', 'Een indrukwekkende ochtend, met een vervolgafspraak.')
        .replace('Henrike&#039;s bijdrage', 'Henrike&#039;s tweede bijdrage'),
    );
    const job = await importExport(importer, newer);
    expect(job.report?.counts.posts).toMatchObject({ created: 0, updated: 1, keptEdited: 1, unchanged: 4 });
    await expect
      .poll(async () => (await page('/berichten/werkbezoek-leger-des-heils')).html)
      .toContain('met een vervolgafspraak');
    expect((await page('/berichten/bijdrage-debat-jeugdzorg')).html).toContain(
      'Onze bijdrage aan het jeugdzorgdebat',
    );
  });
});
