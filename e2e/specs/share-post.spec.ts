import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { ArticlePage } from '../pages/article-page';

test('a reader copies the link of a post and is told so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);

  await article.shareNavigation.getByRole('button', { name: 'Kopieer link' }).click();

  await expect(article.shareNavigation.getByText('Link gekopieerd')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/berichten/${DEMO.workVisit.slug}`,
  );
});

test('"Delen…" opens the share sheet of the browser, and is offered only where there is one', async ({
  page,
  baseURL,
}) => {
  const article = new ArticlePage(page);
  await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
  await article.goto(DEMO.workVisit.slug);
  await expect(article.shareNavigation.getByRole('button', { name: 'Kopieer link' })).toBeVisible();
  await expect(article.shareNavigation.getByRole('button', { name: 'Delen…' })).toHaveCount(0);

  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Reflect.set(window, 'sharedData', shared);
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => void shared.push(data),
    });
  });
  await article.goto(DEMO.workVisit.slug);
  await article.shareNavigation.getByRole('button', { name: 'Delen…' }).click();
  expect(await page.evaluate(() => Reflect.get(window, 'sharedData'))).toEqual([
    { url: `${baseURL}/berichten/${DEMO.workVisit.slug}`, title: DEMO.workVisit.title },
  ]);
});

test('share links open safely in a new tab, each with its own name', async ({ page }) => {
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);

  const whatsapp = article.shareNavigation.getByRole('link', { name: 'Deel via WhatsApp' });
  await expect(whatsapp).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(whatsapp).toHaveAttribute('target', '_blank');
});

test('reading a post asks nothing of any other site: no third-party script, font, pixel or cookie', async ({
  page,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) origins.add(new URL(request.url()).origin);
  });
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);
  await expect(article.image(DEMO.workVisit.coverAlt)).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));

  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  expect(await page.context().cookies()).toEqual([]);
});
