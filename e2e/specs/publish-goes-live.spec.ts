import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import {
  cmsApi,
  documentIdOf,
  findDocumentId,
  paragraphs,
  publishPost,
  unpublishPost,
  updatePost,
} from '../support/cms';
import { msUntil } from '../support/timing';

/*
 * Every page is served from the cache (a second request is a HIT), and the CMS tells the site
 * exactly what changed. Each step first makes sure the old state is cached, so a fresh page can
 * only come from revalidation.
 */
test('a post goes live, changes, moves and goes away, and every page follows', async ({ request }) => {
  const slug = `live-${Date.now()}`;
  const title = 'Raad stemt in met nieuw speelbeleid';
  const author = await findDocumentId('authors', DEMO.author.slug);
  const label = await findDocumentId('labels', DEMO.label.slug);

  // Arrange: the post's URL, the front page and the label page are cached without the post.
  expect((await request.get(`/berichten/${slug}`)).status()).toBe(404);
  expect((await request.get(`/berichten/${slug}`)).headers()['x-nextjs-cache']).toBe('HIT');
  await request.get('/');
  expect((await request.get('/')).headers()['x-nextjs-cache']).toBe('HIT');
  await request.get(`/labels/${DEMO.label.slug}`);

  // Publish.
  const created = await publishPost({
    title,
    slug,
    content: paragraphs('Eerste versie van de tekst.'),
    author,
    labels: [label],
  });
  const documentId = documentIdOf(created);
  const publishMs = await msUntil(request, `/berichten/${slug}`, (status) => status === 200);
  console.log(`publish → live: ${publishMs} ms`);
  await expect.poll(async () => (await request.get('/')).text()).toContain(title);
  expect(await (await request.get(`/labels/${DEMO.label.slug}`)).text()).toContain(title);
  expect(await (await request.get(`/auteurs/${DEMO.author.slug}`)).text()).toContain(title);

  // Edit.
  await request.get(`/berichten/${slug}`);
  await updatePost(documentId, { content: paragraphs('Tweede versie, na het debat.') });
  const editMs = await msUntil(request, `/berichten/${slug}`, (_, body) =>
    body.includes('Tweede versie, na het debat.'),
  );
  console.log(`edit → live: ${editMs} ms`);

  // Change the slug: the old URL goes, the new one comes.
  const newSlug = `${slug}-verplaatst`;
  await updatePost(documentId, { slug: newSlug });
  const moveMs = await msUntil(request, `/berichten/${slug}`, (status) => status === 404);
  console.log(`slug change → old URL 404: ${moveMs} ms`);
  expect((await request.get(`/berichten/${newSlug}`)).status()).toBe(200);

  // Unpublish.
  await unpublishPost(documentId);
  const unpublishMs = await msUntil(request, `/berichten/${newSlug}`, (status) => status === 404);
  console.log(`unpublish → 404: ${unpublishMs} ms`);
  await expect.poll(async () => (await request.get('/')).text()).not.toContain(title);
  expect(await (await request.get(`/labels/${DEMO.label.slug}`)).text()).not.toContain(title);
});

test('editing the share buttons reaches every cached article', async ({ request }) => {
  await request.get(`/berichten/${DEMO.workVisit.slug}`);
  const links = await cmsApi('/api/share-links?filters[platform][$eq]=linkedin');
  const [linkedin] = Array.isArray(links.data) ? links.data : [];
  const id = documentIdOf({ data: linkedin });

  await cmsApi(`/api/share-links/${id}`, {
    method: 'PUT',
    body: JSON.stringify({ data: { label: 'Zet op LinkedIn' } }),
  });
  const ms = await msUntil(request, `/berichten/${DEMO.workVisit.slug}`, (_, body) =>
    body.includes('Zet op LinkedIn'),
  );
  console.log(`share link edit → live: ${ms} ms`);

  await cmsApi(`/api/share-links/${id}`, {
    method: 'PUT',
    body: JSON.stringify({ data: { label: 'Deel op LinkedIn' } }),
  });
  await msUntil(request, `/berichten/${DEMO.workVisit.slug}`, (_, body) => body.includes('Deel op LinkedIn'));
});
