import { expect, test } from '@playwright/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { freePort, type Service } from '../../scripts/lib/processes';
import { startWeb } from '../../scripts/lib/stack';
import { bootTestCms, type TestCms } from '../../scripts/lib/test-cms';

/*
 * This spec stops and starts a CMS, so it runs a stack of its own instead of the shared one.
 */
test.describe('when the CMS is down', () => {
  test.describe.configure({ timeout: 240_000 });
  let cms: TestCms;
  let web: Service;
  let siteUrl: string;

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

    await cms.stop();

    for (const path of visited) {
      const response = await request.get(`${siteUrl}${path}`);
      expect(response.status(), path).toBe(200);
    }
    expect(await (await request.get(`${siteUrl}/berichten/${DEMO.workVisit.slug}`)).text()).toContain(
      DEMO.workVisit.title,
    );
    const unseen = await request.get(`${siteUrl}/berichten/${DEMO.newest.slug}`);
    expect(unseen.status()).toBe(503);
    expect(await unseen.text()).toContain('Even niet beschikbaar');
    expect(unseen.headers()['retry-after']).toBeDefined();

    await cms.restart();

    await expect
      .poll(async () => (await request.get(`${siteUrl}/berichten/${DEMO.newest.slug}`)).status(), {
        timeout: 15_000,
      })
      .toBe(200);
    expect(await (await request.get(`${siteUrl}/berichten/${DEMO.newest.slug}`)).text()).toContain(
      DEMO.newest.title,
    );

    const slug = `na-herstart-${Date.now()}`;
    const token = await cms.fullAccessToken();
    const authors = await (
      await fetch(`${cms.url}/api/authors`, { headers: { Authorization: `Bearer ${token}` } })
    ).json();
    const created = await fetch(`${cms.url}/api/posts?status=published`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        data: {
          title: 'Nieuw na de herstart',
          slug,
          author: authors.data[0].documentId,
          content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Het CMS is terug.' }] }],
        },
      }),
    });
    expect(created.ok).toBe(true);
    await expect
      .poll(async () => (await request.get(`${siteUrl}/`)).text(), { timeout: 15_000 })
      .toContain('Nieuw na de herstart');
  });
});
