import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { ArticlePage } from '../pages/article-page';
import { HomePage } from '../pages/home-page';

test('reader opens a post from the front page', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.postLink(DEMO.newest.title).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.newest.title);
});

test('the reference post shows every element', async ({ page }) => {
  const article = new ArticlePage(page);
  const response = await article.goto(DEMO.workVisit.slug);

  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(new RegExp(DEMO.workVisit.title));
  await expect(article.title).toHaveText(DEMO.workVisit.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(article.byline).toHaveText(DEMO.workVisit.byline);
  await expect(article.publicationTime).toHaveAttribute(
    'datetime',
    new Date(DEMO.workVisit.publicationDate).toISOString(),
  );
  await expect(article.authorLink(DEMO.workVisit.authorName)).toHaveAttribute(
    'href',
    `/auteurs/${DEMO.workVisit.authorSlug}`,
  );
  await expect(article.article.locator('header .avatar img')).toBeVisible();
  await expect(article.image(DEMO.workVisit.coverAlt)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: DEMO.workVisit.subheading })).toBeVisible();
  await expect(article.shareHeading).toBeVisible();
  await expect(article.labelsHeading).toBeVisible();
  for (const name of DEMO.workVisit.labelNames) {
    await expect(article.labelLink(name)).toBeVisible();
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/berichten/${DEMO.workVisit.slug}$`),
  );
});

test('under the article: its reading time, and up to three other posts sharing its labels first', async ({
  page,
}) => {
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);
  await expect(article.readingTime).toBeVisible();

  await expect(article.relatedPosts.getByRole('heading', { level: 3 })).toHaveText([
    ...DEMO.workVisit.relatedTitles,
  ]);
  const related = DEMO.workVisit.relatedTitles;
  const first = article.relatedPosts.first();
  await expect(first.getByText(/\d+ min leestijd/)).toBeVisible();
  await first.getByRole('heading', { level: 3 }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(related[0] ?? '');
});

test('the cover image actually loads from the site itself', async ({ page }) => {
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);
  const cover = article.image(DEMO.workVisit.coverAlt);
  await expect(cover).toBeVisible();
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await cover.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).origin)).toBe(
    new URL(page.url()).origin,
  );
});

test('share links point to the platforms with the encoded canonical URL and title', async ({
  page,
  baseURL,
}) => {
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);
  const links = article.shareNavigation.getByRole('link');

  await expect(links).toHaveText([
    'Deel op Facebook',
    'Deel op X',
    'Deel op LinkedIn',
    'Deel via WhatsApp',
    'Deel op Bluesky',
    'Deel via e-mail',
  ]);
  const canonical = encodeURIComponent(`${baseURL}/berichten/${DEMO.workVisit.slug}`);
  await expect(links.first()).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${canonical}`,
  );
  await expect(links.nth(1)).toHaveAttribute(
    'href',
    `https://x.com/intent/post?text=${encodeURIComponent(DEMO.workVisit.title)}&url=${canonical}`,
  );
});

test('a post without a cover reads well', async ({ page }) => {
  const article = new ArticlePage(page);
  await article.goto(DEMO.withoutCover.slug);
  await expect(article.title).toHaveText(DEMO.withoutCover.title);
  await expect(article.article.locator('figure.article__cover')).toHaveCount(0);
  await expect(article.shareHeading).toBeVisible();
});

test('the post with every block type renders each of them', async ({ page }) => {
  const article = new ArticlePage(page);
  await article.goto(DEMO.allBlocks.slug);
  const body = page.locator('.content');
  for (const selector of [
    'h2',
    'h3',
    'h4',
    'ol',
    'ul',
    'blockquote',
    'pre code',
    'strong',
    'em',
    'u',
    's',
    'code',
    'a[href^="https://"]',
    'a[href^="mailto:"]',
  ]) {
    await expect(body.locator(selector).first(), selector).toBeAttached();
  }
  await expect(article.image(DEMO.allBlocks.imageAlt)).toBeVisible();
});

test('a post reads the same without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const article = new ArticlePage(page);
  await article.goto(DEMO.workVisit.slug);
  await expect(article.title).toHaveText(DEMO.workVisit.title);
  await expect(article.byline).toHaveText(DEMO.workVisit.byline);
  await expect(article.shareNavigation.getByRole('link')).toHaveCount(DEMO.counts.shareLinks);
  await context.close();
});
