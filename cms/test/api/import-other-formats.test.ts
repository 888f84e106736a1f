import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TestSite } from '../../../scripts/lib/test-cms';
import { listOf, parseBody, type ApiClient } from './helpers';
import { fetchPage, fixtureCopy, importExport, startImportStack, type OldSite } from './import-support';

/* Blogger (both export formats), Ghost and plain feeds, through the same import as WordPress. */
describe('importing from Blogger, Ghost and a feed', () => {
  let site: TestSite;
  let oldSite: OldSite;
  let api: ApiClient;
  let importer: { base: string; token: string };

  let stop = async () => {};

  beforeAll(async () => {
    ({ site, oldSite, api, importer, stop } = await startImportStack({ withSite: true }));
  });
  afterAll(() => stop());

  /** The slug of the newest post with this title (every fixture has a "Werkbezoek Leger des Heils"). */
  async function slugOf(title: string): Promise<string> {
    const found = await api.get('/api/posts', {
      filters: { title: { $eq: title } },
      sort: ['createdAt:desc'],
      status: 'draft',
    });
    return parseBody(listOf({ slug: z.string() }), found).data[0]?.slug ?? '';
  }
  const redirectOf = async (path: string) => {
    const response = await fetchPage(site.url, path);
    return response.status === 301 ? response.location : `status ${response.status}`;
  };

  it('the older Blogger export: posts, labels, its /2012/03/….html and /search/label/ addresses', async () => {
    const job = await importExport(importer, fixtureCopy('blogger-legacy.xml', oldSite.url));
    expect(job.status, job.error ?? '').toBe('done');
    expect(job.report?.counts.posts).toMatchObject({ created: 3, drafts: 1 });
    expect(job.report?.counts.skipped).toMatchObject({ page: 1 });
    // Its images are on Google's servers, which this machine cannot reach: reported, not fatal.
    expect(job.report?.counts.images.failed).toBeGreaterThan(0);
    const slug = await slugOf('Werkbezoek Leger des Heils');
    const article = await (await fetch(`${site.url}/berichten/${slug}`)).text();
    expect(article).toContain('href="/labels/zorg"');
    expect(article).toContain('lang');
    await expect
      .poll(() => redirectOf('/2012/03/werkbezoek-leger-des-heils.html?m=1'))
      .toBe(`/berichten/${slug}`);
    expect(await redirectOf('/search/label/Zorg')).toBe('/labels/zorg');
  });

  it('the current Blogger export: LIVE published, DRAFT and SCHEDULED drafts, trash and pages skipped', async () => {
    const job = await importExport(importer, fixtureCopy('blogger.xml', oldSite.url), {
      oldSiteUrl: oldSite.url,
    });
    expect(job.status, job.error ?? '').toBe('done');
    expect(job.report?.counts.posts).toMatchObject({ created: 3, drafts: 2 });
    expect(job.report?.counts.skipped).toMatchObject({ trash: 1, page: 1 });
    const slug = await slugOf('Werkbezoek Leger des Heils');
    await expect
      .poll(() => redirectOf('/2023/03/werkbezoek-leger-des-heils.html'))
      .toBe(`/berichten/${slug}`);
  });

  it('a Ghost export: authors, tags without internal ones, the feature image with its alt text', async () => {
    const job = await importExport(importer, fixtureCopy('ghost.json', oldSite.url), {
      oldSiteUrl: oldSite.url,
    });
    expect(job.status, job.error ?? '').toBe('done');
    expect(job.report?.counts.posts).toMatchObject({ created: 4, drafts: 2 });
    expect(job.report?.counts.skipped).toMatchObject({ page: 1, private: 1, other: 1 });
    const slug = await slugOf('Motie: Ja! tegen energiearmoede');
    expect(slug).toBe('motie-ja-tegen-energiearmoede');
    const labels = parseBody(
      listOf({ slug: z.string() }),
      await api.get('/api/labels', { pagination: { pageSize: 100 } }),
    );
    expect(labels.data.map((label) => label.slug)).not.toContain('hash-samenwerking-intern');
    await expect.poll(() => redirectOf('/motie-ja-tegen-energiearmoede/')).toBe(`/berichten/${slug}`);
    const visit = await (
      await fetch(`${site.url}/berichten/${await slugOf('Werkbezoek Leger des Heils')}`)
    ).text();
    expect(visit).toMatch(/<img[^>]+alt="Henrike Nijman in gesprek met medewerkers van het Leger des Heils"/);
    expect(visit).toContain('Henrike Nijman</a>');
  });

  it('an RSS and an Atom feed, with the warning that a feed holds only its latest posts', async () => {
    for (const name of ['feed-rss.xml', 'feed-atom.xml']) {
      const job = await importExport(importer, fixtureCopy(name, oldSite.url));
      expect(job.status, `${name}: ${job.error ?? ''}`).toBe('done');
      expect(job.report?.counts.posts.created, name).toBe(3);
      expect(job.report?.warnings.join(' '), name).toMatch(/alleen de nieuwste/);
    }
  });
});
