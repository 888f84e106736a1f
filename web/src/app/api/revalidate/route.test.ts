import { expect, it } from 'vitest';
import { POST } from './route';

it('refuses a client that keeps guessing the secret with 429 and Retry-After', async () => {
  const guess = (client: string) =>
    POST(
      new Request('http://site.test/api/revalidate', {
        method: 'POST',
        headers: { authorization: 'Bearer geraden', 'x-fractieblog-client': client },
        body: '{"tags":["posts"]}',
      }),
    );
  const statuses = [];
  for (let attempt = 0; attempt < 121; attempt += 1) statuses.push((await guess('203.0.113.5')).status);
  expect(statuses.slice(0, 120).every((status) => status === 401)).toBe(true);
  const refused = await guess('203.0.113.5');
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await guess('198.51.100.7')).status).toBe(401);
});
