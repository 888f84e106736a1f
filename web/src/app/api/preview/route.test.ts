import { expect, it } from 'vitest';
import { GET } from './route';

it('refuses a client that keeps guessing the preview secret with 429', async () => {
  const guess = (client: string) =>
    GET(
      new Request('http://site.test/api/preview?secret=geraden&path=/', {
        headers: { 'x-fractieblog-client': client },
      }),
    );
  const statuses = [];
  for (let attempt = 0; attempt < 31; attempt += 1) statuses.push((await guess('203.0.113.5')).status);
  expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
  expect(statuses[30]).toBe(429);
  expect((await guess('198.51.100.7')).status).toBe(401);
});
