import { expect, it, vi } from 'vitest';
import { POST } from './route';

const SECRET = vi.hoisted(() => {
  process.env.REVALIDATE_SECRET = 'revalidatie-geheim-voor-de-test';
  return process.env.REVALIDATE_SECRET;
});

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

it('refuses a body over 64 KiB with 413 as it streams in, without reading it whole', async () => {
  let chunksRead = 0;
  // A client that never stops sending: reading the body whole would never end.
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      chunksRead += 1;
      controller.enqueue(new Uint8Array(1024).fill(0x20));
    },
  });
  const response = await POST(
    new Request('http://site.test/api/revalidate', {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit),
  );
  expect(response.status).toBe(413);
  expect(chunksRead).toBeLessThan(80);
});
