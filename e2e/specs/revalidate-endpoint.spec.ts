import { expect, test } from '../support/test';

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
