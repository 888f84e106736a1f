import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { freePort, type Service } from '../../scripts/lib/processes';
import { startWeb } from '../../scripts/lib/stack';
import { bootTestCms, type TestCms } from '../../scripts/lib/test-cms';

/* This spec stops and starts a CMS, so it runs a stack of its own instead of the shared one. */
test.describe('when the CMS is down', () => {
  test.describe.configure({ timeout: 240_000 });
  let cms: TestCms;
  let web: Service;
  let siteUrl: string;

  /** Publishes a post through the content API; nobody has asked the site for it yet. */
  async function publishPost(title: string): Promise<string> {
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`;
    const headers = {
      Authorization: `Bearer ${await cms.fullAccessToken()}`,
      'Content-Type': 'application/json',
    };
    const authors = await (await fetch(`${cms.url}/api/authors`, { headers })).json();
    const response = await fetch(`${cms.url}/api/posts?status=published`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        data: {
          title,
          slug,
          publicationDate: '2019-01-01T12:00:00.000Z',
          author: authors.data[0].documentId,
          content: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }],
        },
      }),
    });
    expect(response.ok).toBe(true);
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
    const unseen = await publishPost('Nog nooit bekeken');

    await cms.stop();

    for (const path of visited) expect((await request.get(`${siteUrl}${path}`)).status(), path).toBe(200);
    expect(await (await request.get(`${siteUrl}/berichten/${DEMO.workVisit.slug}`)).text()).toContain(
      DEMO.workVisit.title,
    );
    const unavailable = await request.get(`${siteUrl}/berichten/${unseen}`);
    expect(unavailable.status()).toBe(503);
    expect(await unavailable.text()).toContain('Even niet beschikbaar');
    expect(unavailable.headers()['retry-after']).toBeDefined();

    await cms.restart();

    await expect
      .poll(async () => (await request.get(`${siteUrl}/berichten/${unseen}`)).status(), { timeout: 15_000 })
      .toBe(200);
    const fresh = await publishPost('Nieuw na de herstart');
    await expect
      .poll(async () => (await request.get(`${siteUrl}/berichten/${fresh}`)).status(), { timeout: 15_000 })
      .toBe(200);
  });
});
