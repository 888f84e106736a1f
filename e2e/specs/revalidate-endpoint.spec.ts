import { DEMO } from '../../cms/src/seed/data/fixtures';
import { findDocumentId, paragraphs, publishPost } from '../support/cms';
import { takePostOffline } from '../support/take-post-offline';
import { expect, test } from '../support/test';
import { msUntil } from '../support/timing';

const body = { tags: ['posts'] };

for (const [name, headers] of [
  ['no secret', {}],
  ['a wrong secret', { Authorization: 'Bearer dit-is-niet-het-geheim-123' }],
  ['a secret without Bearer', { Authorization: 'dit-is-niet-het-geheim-123' }],
] as const) {
  test(`the revalidate endpoint refuses ${name} with 401`, async ({ request }) => {
    const response = await request.post('/api/revalidate', { data: body, headers });
    expect(response.status()).toBe(401);
  });
}

test('the revalidate endpoint only takes POST', async ({ request }) => {
  expect((await request.get('/api/revalidate')).status()).toBe(405);
});

// Last in this file: it spends this client's budget of wrong guesses for a minute.
test('someone guessing the secret is stopped, and the CMS is still heard', async ({ request }) => {
  // Cached now, so only the CMS's call can bring the new post onto it.
  expect((await request.get('/')).status()).toBe(200);
  const statuses: number[] = [];
  for (let guess = 0; guess < 125; guess += 1) {
    const response = await request.post('/api/revalidate', {
      data: body,
      headers: { Authorization: `Bearer geraden-geheim-${guess}` },
    });
    statuses.push(response.status());
  }
  expect(statuses.at(-1)).toBe(429);

  // The CMS calls from the same address as this test.
  const slug = `na-het-raden-${Date.now()}`;
  await publishPost({
    title: 'Fractie stelt vragen over de bibliotheek',
    slug,
    content: paragraphs('De bibliotheek in Lindeveen gaat mogelijk dicht.'),
    author: await findDocumentId('authors', DEMO.author.slug),
  });
  try {
    const ms = await msUntil(
      request,
      '/',
      (status, html) => status === 200 && html.includes(`/berichten/${slug}`),
    );
    console.log(`published after 125 wrong guesses: on the front page after ${ms} ms`);
  } finally {
    await takePostOffline(request, slug);
  }
});
