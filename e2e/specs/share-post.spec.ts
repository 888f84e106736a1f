import { expect, test } from '@playwright/test';
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
