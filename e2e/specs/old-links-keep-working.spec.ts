import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { ArticlePage } from '../pages/article-page';
import { cmsApi, documentIdOf, findDocumentId, paragraphs, publishPost, updatePost } from '../support/cms';
import { takePostOffline } from '../support/take-post-offline';

test('a link shared before the post got a new slug still opens it', async ({ page, request }) => {
  const oldSlug = `raadsvragen-over-de-haven-${Date.now()}`;
  const newSlug = `${oldSlug}-beantwoord`;
  const created = await publishPost({
    title: 'Raadsvragen over de haven',
    slug: oldSlug,
    content: paragraphs('Het college heeft onze vragen beantwoord.'),
    publicationDate: '2021-06-01T08:00:00.000Z',
    author: await findDocumentId('authors', DEMO.author.slug),
  });
  const article = new ArticlePage(page);
  await article.goto(oldSlug);

  await updatePost(documentIdOf(created), { slug: newSlug });

  await expect
    .poll(async () => (await request.get(`/berichten/${oldSlug}`, { maxRedirects: 0 })).status())
    .toBe(301);
  const response = await article.goto(oldSlug);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(`/berichten/${newSlug}`);
  await expect(article.title).toHaveText('Raadsvragen over de haven');

  await takePostOffline(request, newSlug);
});

test('an old address an editor added leads to its page', async ({ page, request }) => {
  await cmsApi('/api/redirects', {
    method: 'POST',
    body: JSON.stringify({
      data: { from: '/2020/09/werkbezoek-leger-des-heils.html', to: `/berichten/${DEMO.workVisit.slug}` },
    }),
  });
  await expect
    .poll(async () =>
      (await request.get('/2020/09/werkbezoek-leger-des-heils.html', { maxRedirects: 0 })).status(),
    )
    .toBe(301);
  await page.goto('/2020/09/werkbezoek-leger-des-heils.html?m=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.workVisit.title);
});
