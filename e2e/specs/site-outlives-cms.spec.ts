import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { freePort, type Service } from '../../scripts/lib/processes';
import { startWeb } from '../../scripts/lib/stack';
import { bootTestCms, type TestCms } from '../../scripts/lib/test-cms';
import { findDocumentId, paragraphs, publishPost } from '../support/cms';

/* This spec stops and starts a CMS, so it runs a stack of its own instead of the shared one. */
test.describe('when the CMS is down', () => {
  test.describe.configure({ timeout: 240_000 });
  let cms: TestCms;
  let web: Service;
  let siteUrl: string;

  /** Publishes a post through the content API; nobody has asked the site for it yet. */
  async function publish(
    title: string,
    options: { publicationDate?: string; labelSlug?: string } = {},
  ): Promise<string> {
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`;
    await publishPost(
      {
        title,
        slug,
        publicationDate: options.publicationDate ?? '2019-01-01T12:00:00.000Z',
        author: await findDocumentId('authors', DEMO.author.slug, cms),
        labels: options.labelSlug ? [await findDocumentId('labels', options.labelSlug, cms)] : [],
        content: paragraphs(title),
      },
      cms,
    );
    return slug;
  }

  test.beforeAll(async () => {
    const webPort = await freePort();
    siteUrl = `http://127.0.0.1:${webPort}`;
    cms = await bootTestCms({ extraEnv: { SITE_URL: siteUrl } });
    web = await startWeb({
      port: webPort,
      cmsUrl: cms.url,
      siteUrl,
      env: { ...process.env, ...cms.siteEnv },
      quiet: true,
    });
  });

  test.afterAll(async () => {
    await web?.stop();
    await cms?.destroy();
  });

  test('cached pages are served, others get a Dutch 503, and the site recovers by itself', async ({
    request,
  }) => {
    const visited = [
      '/',
      `/berichten/${DEMO.workVisit.slug}`,
      `/labels/${DEMO.label.slug}`,
      `/auteurs/${DEMO.author.slug}`,
    ];
    for (const path of visited) expect((await request.get(`${siteUrl}${path}`)).status()).toBe(200);
    // Never asked for, so it cannot be cached (a post published now would expire the pages above).
    const unseen = `/berichten/nog-nooit-bekeken-${Date.now()}`;

    await cms.stop();

    for (const path of visited) expect((await request.get(`${siteUrl}${path}`)).status(), path).toBe(200);
    expect(await (await request.get(`${siteUrl}/berichten/${DEMO.workVisit.slug}`)).text()).toContain(
      DEMO.workVisit.title,
    );
    const unavailable = await request.get(`${siteUrl}${unseen}`);
    expect(unavailable.status()).toBe(503);
    expect(await unavailable.text()).toContain('Even niet beschikbaar');
    expect(unavailable.headers()['retry-after']).toBeDefined();

    await cms.restart();

    // The CMS is asked again: there is no such post.
    await expect
      .poll(async () => (await request.get(`${siteUrl}${unseen}`)).status(), { timeout: 15_000 })
      .toBe(404);
    const fresh = await publish('Nieuw na de herstart');
    await expect
      .poll(async () => (await request.get(`${siteUrl}/berichten/${fresh}`)).status(), { timeout: 15_000 })
      .toBe(200);
  });

  test('a page a change expired just before the CMS went down is a Dutch 503, not an error', async ({
    request,
  }) => {
    const labelPage = `${siteUrl}/labels/${DEMO.label.slug}`;
    for (const url of [`${siteUrl}/`, labelPage]) expect((await request.get(url)).status()).toBe(200);
    const slug = await publish('Vlak voor de storing', {
      publicationDate: new Date().toISOString(),
      labelSlug: DEMO.label.slug,
    });
    // The site has heard of it once the label page shows it; the front page is expired, not made again.
    await expect.poll(async () => (await request.get(labelPage)).text(), { timeout: 15_000 }).toContain(slug);

    await cms.stop();

    const front = await request.get(`${siteUrl}/`);
    expect(front.status()).toBe(503);
    expect(await front.text()).toContain('Even niet beschikbaar');
    expect(front.headers()['retry-after']).toBeDefined();

    await cms.restart();

    await expect
      .poll(async () => (await request.get(`${siteUrl}/`)).text(), { timeout: 15_000 })
      .toContain(slug);
  });
});
