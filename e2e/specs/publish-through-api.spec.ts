import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { ArticlePage } from '../pages/article-page';
import { findDocumentId, publishPost, uploadImage } from '../support/cms';
import { takePostOffline } from '../support/take-post-offline';

test('a post created and published through the REST API with a token appears', async ({
  page,
  baseURL,
  request,
}) => {
  const author = await findDocumentId('authors', DEMO.author.slug);
  const label = await findDocumentId('labels', DEMO.label.slug);
  const coverFile = path.resolve(__dirname, '../../cms/seed/media', DEMO.workVisit.coverFile);
  const cover = await uploadImage(
    new Blob([fs.readFileSync(coverFile)], { type: 'image/jpeg' }),
    'api-cover.jpg',
    'Raadsleden in gesprek met bewoners',
  );
  const slug = `api-bericht-${Date.now()}`;

  await publishPost({
    title: 'Bewonersavond over de Kerkweg',
    slug,
    content: [
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'Ruim zestig bewoners kwamen praten over de nieuwe inrichting.' }],
      },
    ],
    cover,
    publicationDate: '2026-03-02T19:45:00.000Z',
    author,
    labels: [label],
  });

  const article = new ArticlePage(page);
  const response = await article.goto(slug);
  expect(response?.status()).toBe(200);
  await expect(article.title).toHaveText('Bewonersavond over de Kerkweg');
  await expect(article.byline).toHaveText(`Door ${DEMO.author.name} op 2 maart 2026 om 20:45`);
  await expect(article.image('Raadsleden in gesprek met bewoners')).toBeVisible();
  await expect(article.shareNavigation.getByRole('link').first()).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${baseURL}/berichten/${slug}`)}`,
  );
  await expect(article.labelLink(DEMO.label.name)).toBeVisible();

  // It would otherwise sit among the demo posts ("Lees ook", label counts) of the specs after this one.
  await takePostOffline(request, slug);
});

test('the draft is not on the site', async ({ request }) => {
  const response = await request.get(`/berichten/${DEMO.draft.slug}`);
  expect(response.status()).toBe(404);
});
