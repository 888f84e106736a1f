import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { ArticlePage } from '../pages/article-page';
import { sharesOf } from '../support/share-counts';

const SLUG = DEMO.workVisit.slug;
const A_BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

test('a reader shares a post on WhatsApp: it opens at once, and the editors see one share more', async ({
  page,
  context,
}) => {
  // WhatsApp itself is never asked: the new tab gets a stand-in page.
  await context.route('https://wa.me/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>WhatsApp</title>' }),
  );
  const before = await sharesOf(SLUG, 'whatsapp');
  const article = new ArticlePage(page);
  await article.goto(SLUG);
  const report = page.waitForRequest((request) => request.url().endsWith('/api/deel'));
  const opened = page.waitForEvent('popup');

  await article.shareNavigation.getByRole('link', { name: 'Deel via WhatsApp' }).click();

  expect(new URL((await opened).url()).host).toBe('wa.me');
  const sent = await report;
  expect(sent.postDataJSON()).toEqual({ slug: SLUG, platform: 'whatsapp' });
  expect((await sent.response())?.status()).toBe(202);
  await expect.poll(() => sharesOf(SLUG, 'whatsapp')).toBe(before + 1);
  expect(await context.cookies()).toEqual([]);
});

test('share reports from other sites, from bots or of drafts are not counted', async ({
  request,
  baseURL,
}) => {
  const before = await sharesOf(SLUG, 'linkedin');
  const report = (data: unknown, headers: Record<string, string> = {}) =>
    request.post('/api/deel', { data, headers: { 'User-Agent': A_BROWSER, ...headers } });
  const share = { slug: SLUG, platform: 'linkedin' };

  expect((await report(share, { 'Sec-Fetch-Site': 'cross-site' })).status()).toBe(403);
  expect((await report(share, { Origin: 'https://evil.example' })).status()).toBe(403);
  expect((await report(share, { 'User-Agent': 'LinkedInBot/1.0' })).status()).toBe(202);
  expect((await report({ ...share, platform: 'myspace' })).status()).toBe(400);
  expect((await report({ slug: DEMO.draft.slug, platform: 'linkedin' })).status()).toBe(404);
  const text = await request.post('/api/deel', { data: 'slug', headers: { 'Content-Type': 'text/plain' } });
  expect(text.status()).toBe(415);
  const huge = await report({ ...share, padding: 'x'.repeat(5_000) });
  expect(huge.status()).toBe(413);

  // The site answers once the CMS has recorded a share, and this one comes after all the others:
  // had any of them been counted, the total would be higher than one more.
  const counted = await report(share, { Origin: new URL(baseURL ?? '').origin });
  expect(counted.status()).toBe(202);
  expect(await sharesOf(SLUG, 'linkedin')).toBe(before + 1);
});
