import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { posts } from '../../cms/src/seed/data/posts';
import { SearchPage } from '../pages/search-page';
import { findDocumentId, paragraphs, publishPost } from '../support/cms';
import { takePostOffline } from '../support/take-post-offline';

/** The demo post with "geïnformeerd" in its body, not in its title or excerpt. */
const bodyOnly = posts.find(
  (post) =>
    !post.draft &&
    JSON.stringify(post.content).includes('geïnformeerd') &&
    !`${post.title} ${post.excerpt ?? ''}`.includes('geïnformeerd'),
);
const BODY_ONLY_TITLE = bodyOnly?.title ?? 'demo post with geïnformeerd in its body';
const WATER_BOARD_TITLE = 'Werkbezoek waterschap: wat doen we met al die regen?';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader finds a post by a word from its body, typed without accents', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/');

    await search.headerField.fill('geinformeerd');
    await search.headerField.press('Enter');

    await expect(page).toHaveURL(/\/zoeken\?q=geinformeerd$/);
    await expect(search.status).toHaveText('1 bericht gevonden voor “geinformeerd”');
    await expect(search.resultLink(BODY_ONLY_TITLE)).toBeVisible();
    await expect(search.highlights.first()).toHaveText('geïnformeerd');
  });

  test('a search without results says so in Dutch', async ({ page }) => {
    const search = new SearchPage(page);

    await search.goto('fietsenstalling op de maan');

    await expect(search.status).toHaveText('Niets gevonden voor “fietsenstalling op de maan”');
    await expect(search.results).toHaveCount(0);
  });
});

test('with JavaScript, results follow the field and Back returns to the previous search', async ({
  page,
}) => {
  const search = new SearchPage(page);
  await search.goto('geinformeerd');
  await expect(search.resultLink(BODY_ONLY_TITLE)).toBeVisible();
  await page.evaluate(() => Reflect.set(window, 'sameDocument', true));

  await search.field.fill('');
  await search.field.pressSequentially('GEMAAL', { delay: 40 });

  await expect(search.resultLink(WATER_BOARD_TITLE)).toBeVisible();
  await expect(search.status).toHaveText('1 bericht gevonden voor “GEMAAL”');
  await expect(search.highlights.first()).toHaveText('gemaal');
  await expect(page).toHaveURL(/\/zoeken\?q=GEMAAL$/);
  expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);

  await page.goBack();

  await expect(page).toHaveURL(/\/zoeken\?q=geinformeerd$/);
  await expect(search.field).toHaveValue('geinformeerd');
  await expect(search.resultLink(BODY_ONLY_TITLE)).toBeVisible();
  expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true);
});

test('a post is found as soon as it is published', async ({ page, request }) => {
  const slug = `zoeken-nieuw-${Date.now()}`;
  const title = 'Nieuwe klimtoren in de Vogelbuurt';
  await publishPost({
    title,
    slug,
    content: paragraphs('Kinderen uit de buurt kozen de naam: de Uitkijkreiger.'),
    author: await findDocumentId('authors', DEMO.author.slug),
  });
  try {
    const search = new SearchPage(page);

    await search.goto('uitkijkreiger');

    await expect(search.resultLink(title)).toBeVisible();
  } finally {
    await takePostOffline(request, slug);
  }
});
