import { expect, test } from '@playwright/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

test('the site feed lists the newest posts with author, labels, full text and cover', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = await response.text();

  expect(xml).toContain(`<title><![CDATA[${DEMO.newest.title}]]></title>`);
  expect(xml.match(/<item>/g)).toHaveLength(Math.min(20, DEMO.counts.published));
  expect(xml).not.toContain(DEMO.draft.title);
  expect(xml).toContain(`<link>${baseURL}/berichten/${DEMO.workVisit.slug}</link>`);
  expect(xml).toContain(`<dc:creator>${DEMO.workVisit.authorName}</dc:creator>`);
  expect(xml).toContain('<content:encoded>');
  expect(xml).toMatch(new RegExp(`<enclosure [^>]*url="${baseURL}/uploads/`));
});

test('labels and authors have feeds of their own, announced in their pages', async ({ page, request }) => {
  const labelFeed = await (await request.get(`/labels/${DEMO.label.slug}/feed.xml`)).text();
  expect(labelFeed.match(/<item>/g)).toHaveLength(DEMO.label.publishedPosts);
  const authorFeed = await (await request.get(`/auteurs/${DEMO.author.slug}/feed.xml`)).text();
  expect(authorFeed.match(/<item>/g)).toHaveLength(DEMO.author.publishedPosts);
  expect((await request.get('/labels/bestaat-niet/feed.xml')).status()).toBe(404);

  await page.goto(`/labels/${DEMO.label.slug}`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`/labels/${DEMO.label.slug}/feed.xml$`),
  );
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    /\/feed\.xml$/,
  );
});

test('the sitemap lists the front page and every post, label and author page; robots.txt points to it', async ({
  request,
  baseURL,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain(`<loc>${baseURL}/</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/berichten/${DEMO.workVisit.slug}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/labels/${DEMO.label.slug}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/auteurs/${DEMO.author.slug}</loc>`);
  expect(xml).not.toContain(DEMO.draft.slug);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
