import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

test('a shared article link shows its title, excerpt, cover and author', async ({ page, baseURL }) => {
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();

  await expect(meta('og:title')).toHaveAttribute('content', DEMO.workVisit.title);
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:url')).toHaveAttribute('content', `${baseURL}/berichten/${DEMO.workVisit.slug}`);
  await expect(meta('og:locale')).toHaveAttribute('content', 'nl_NL');
  await expect(meta('og:image')).toHaveAttribute(
    'content',
    new RegExp(`^${baseURL}/berichten/${DEMO.workVisit.slug}/og-image\\?v=`),
  );
  await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
  await expect(meta('og:image:height')).toHaveAttribute('content', '630');
  await expect(meta('og:image:alt')).toHaveAttribute('content', DEMO.workVisit.coverAlt);
  await expect(meta('article:published_time')).toHaveAttribute(
    'content',
    new Date(DEMO.workVisit.publicationDate).toISOString(),
  );
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({
    '@type': 'BlogPosting',
    headline: DEMO.workVisit.title,
    author: { name: DEMO.workVisit.authorName },
  });
});

/** Opens the page's og:image as a crawler would and reports what came back. */
async function openShareImage(page: Page, pagePath: string) {
  await page.goto(pagePath);
  const url = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(url, `og:image of ${pagePath}`).toBeTruthy();
  const response = await page.goto(url ?? '');
  const size = await page
    .locator('img')
    .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  return { status: response?.status(), type: response?.headers()['content-type'], size };
}

test('an article shares its cover cropped to 1200×630', async ({ page }) => {
  expect(await openShareImage(page, `/berichten/${DEMO.workVisit.slug}`)).toEqual({
    status: 200,
    type: 'image/jpeg',
    size: [1200, 630],
  });
});

test('a post without a cover shares a generated 1200×630 card', async ({ page }) => {
  expect(await openShareImage(page, `/berichten/${DEMO.withoutCover.slug}`)).toEqual({
    status: 200,
    type: 'image/png',
    size: [1200, 630],
  });
});

test('the front, label and author pages have cards of their own', async ({ page, baseURL }) => {
  const pages = [
    { path: '/', type: 'website', title: DEMO.site.name },
    {
      path: `/labels/${DEMO.label.slug}`,
      type: 'website',
      title: `Berichten met het label ${DEMO.label.name}`,
    },
    { path: `/auteurs/${DEMO.author.slug}`, type: 'profile', title: DEMO.author.name },
  ];
  for (const { path, type, title } of pages) {
    await page.goto(path);
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
    await expect(meta('og:type')).toHaveAttribute('content', type);
    await expect(meta('og:title')).toHaveAttribute('content', title);
    await expect(meta('og:url')).toHaveAttribute('content', `${baseURL}${path === '/' ? '' : path}`);
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    const image = await openShareImage(page, path);
    expect(image, path).toMatchObject({ status: 200, size: [1200, 630] });
  }
});
