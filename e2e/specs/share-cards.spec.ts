import { expect, test } from '@playwright/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';

test('a shared article link shows its title, excerpt, cover and author', async ({ page, baseURL }) => {
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();

  await expect(meta('og:title')).toHaveAttribute('content', DEMO.workVisit.title);
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:url')).toHaveAttribute('content', `${baseURL}/berichten/${DEMO.workVisit.slug}`);
  await expect(meta('og:locale')).toHaveAttribute('content', 'nl_NL');
  await expect(meta('og:image')).toHaveAttribute('content', new RegExp(`^${baseURL}/uploads/`));
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
