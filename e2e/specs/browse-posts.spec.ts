import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { HomePage } from '../pages/home-page';

const PAGE_SIZE = 10;

test('the front page lists the newest posts first', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.postTitles).toHaveCount(PAGE_SIZE);
  await expect(home.postTitles.first()).toHaveText(DEMO.newest.title);
});

test('reader on page 2 goes back to the newer posts', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('?pagina=2');
  await expect(home.postTitles).toHaveCount(Math.min(PAGE_SIZE, DEMO.counts.published - PAGE_SIZE));
  await expect(home.postTitles.last()).toHaveText(DEMO.oldest.title);

  await home.newerPostsLink.click();
  await expect(home.postTitles.first()).toHaveText(DEMO.newest.title);
});

test('"Meer berichten" appends the next page in place, and the keyboard goes on from there', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.postTitles).toHaveCount(PAGE_SIZE);

  await home.loadMoreButton.focus();
  await page.keyboard.press('Enter');

  await expect(home.postTitles).toHaveCount(DEMO.counts.published);
  await expect(home.postTitles.last()).toHaveText(DEMO.oldest.title);
  await expect(page).toHaveURL(/\/$/);
  const firstAdded = DEMO.publishedSlugsNewestFirst[PAGE_SIZE];
  await expect(page.locator(':focus')).toHaveAttribute('href', `/berichten/${firstAdded}`);
  await expect(page.getByText(`${DEMO.counts.published - PAGE_SIZE} berichten geladen`)).toBeAttached();
  await expect(home.loadMoreButton).toHaveCount(0);
});

test('reader follows a label from a post', async ({ page }) => {
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  await page
    .getByRole('article')
    .locator('footer')
    .getByRole('link', { name: DEMO.label.name, exact: true })
    .click();

  await expect(page).toHaveURL(new RegExp(`/labels/${DEMO.label.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.label.name);
  await expect(page.getByRole('article')).toHaveCount(Math.min(PAGE_SIZE, DEMO.label.publishedPosts));
  await expect(page.getByRole('link', { name: DEMO.workVisit.title, exact: true })).toBeVisible();
});

test('reader follows the author of a post', async ({ page }) => {
  await page.goto(`/berichten/${DEMO.workVisit.slug}`);
  await page
    .getByRole('article')
    .locator('header')
    .getByRole('link', { name: DEMO.workVisit.authorName })
    .click();

  await expect(page).toHaveURL(new RegExp(`/auteurs/${DEMO.workVisit.authorSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.workVisit.authorName);
  await expect(page.getByRole('link', { name: DEMO.workVisit.title, exact: true })).toBeVisible();
});

test('paging works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const home = new HomePage(page);
  await home.goto();
  await expect(home.loadMoreButton).toHaveCount(0);
  await home.olderPostsLink.click();
  await expect(page).toHaveURL(/\?pagina=2$/);
  await expect(home.postTitles.last()).toHaveText(DEMO.oldest.title);
  await context.close();
});
