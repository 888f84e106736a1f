import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { ArticlePage } from '../pages/article-page';
import { HomePage } from '../pages/home-page';

const SLUG = DEMO.workVisit.slug;

test('an article loads no script file: its share list works from one small inline script', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const article = new ArticlePage(page);
  const response = await article.goto(SLUG);
  const html = (await response?.text()) ?? '';
  // The copy button shows once the share list's script has run: by then every script has started.
  await expect(article.shareNavigation.getByRole('button', { name: 'Kopieer link' })).toBeVisible();

  expect(scripts).toEqual([]);
  expect(html).not.toContain('__next_f');
  expect(html).not.toMatch(/<script[^>]*src=/);
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, text]) => text ?? '');
  expect(inline).toHaveLength(1);
  expect(Buffer.byteLength(inline[0] ?? '')).toBeLessThan(4_000);
});

test('a reader who comes from the front page gets the same article, and the share is counted', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  // The front page has React; the article is loaded as a page of its own.
  const loaded = page.waitForResponse((response) =>
    response.url().endsWith(`/berichten/${DEMO.newest.slug}`),
  );
  await home.postLink(DEMO.newest.title).click();
  expect((await loaded).request().resourceType()).toBe('document');

  const article = new ArticlePage(page);
  const report = page.waitForRequest((request) => request.url().endsWith('/api/deel'));
  await article.shareNavigation.getByRole('button', { name: 'Kopieer link' }).click();
  expect((await report).postDataJSON()).toEqual({ slug: DEMO.newest.slug, platform: 'copy' });
});

test('without JavaScript an article reads whole and its share links work; the buttons that need it stay away', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const article = new ArticlePage(page);
  await article.goto(SLUG);

  await expect(article.title).toHaveText(DEMO.workVisit.title);
  await expect(article.image(DEMO.workVisit.coverAlt)).toBeVisible();
  await expect(article.shareNavigation.getByRole('link', { name: 'Deel via WhatsApp' })).toHaveAttribute(
    'href',
    /^https:\/\/wa\.me\//,
  );
  await expect(article.shareNavigation.getByRole('button')).toHaveCount(0);
  await context.close();
});
