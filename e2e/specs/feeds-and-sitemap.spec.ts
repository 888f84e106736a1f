import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { findDocumentId, paragraphs, publishPost } from '../support/cms';
import { takePostOffline } from '../support/take-post-offline';

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

/** How many `<element>`s a document has, parsed as XML by the browser; throws when it is not well-formed. */
async function countInXml(page: Page, xml: string, element: string): Promise<number> {
  const count = await page.evaluate(
    ([text, name]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) return -1;
      return doc.getElementsByTagName(name).length;
    },
    [xml, element] as const,
  );
  if (count < 0) throw new Error(`not well-formed XML:\n${xml.slice(0, 500)}`);
  return count;
}

test('a newly published post appears in the feed and the sitemap, both well-formed XML', async ({
  page,
  request,
  baseURL,
}) => {
  const slug = `feed-${Date.now()}`;
  const title = 'Raad kiest voor een groen schoolplein & meer bomen';
  await publishPost({
    title,
    slug,
    content: paragraphs('De motie over <groene> schoolpleinen kreeg een ruime meerderheid.'),
    author: await findDocumentId('authors', DEMO.author.slug),
    labels: [await findDocumentId('labels', DEMO.label.slug)],
  });
  try {
    const link = `${baseURL}/berichten/${slug}`;
    await expect.poll(async () => (await request.get('/feed.xml')).text()).toContain(`<link>${link}</link>`);
    const feed = await (await request.get('/feed.xml')).text();
    expect(await countInXml(page, feed, 'item')).toBe(Math.min(20, DEMO.counts.published + 1));
    expect(feed).toContain(`<title><![CDATA[${title}]]></title>`);

    await expect.poll(async () => (await request.get('/sitemap.xml')).text()).toContain(`<loc>${link}</loc>`);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const pages = 1 + DEMO.counts.published + 1 + DEMO.counts.labels + DEMO.counts.authors;
    expect(await countInXml(page, sitemap, 'url')).toBe(pages);
  } finally {
    await takePostOffline(request, slug);
  }
});
