import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';

/*
 * kill -9 in the middle of a burst of writes, then a restart: the database opens, every write the
 * CMS acknowledged is there, and nothing half-written is public.
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await bootTestCms();
}, 240_000);

afterAll(async () => {
  await cms?.destroy();
});

const BURST = 120;
const IN_FLIGHT = 6;
const KILL_AFTER = 40;

type Written = { slug: string; title: string };

async function authorId(token: string): Promise<string> {
  const response = await fetch(`${cms.url}/api/authors?pagination[pageSize]=1`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const body: { data: { documentId: string }[] } = await response.json();
  const id = body.data[0]?.documentId;
  if (!id) throw new Error('no author to write with');
  return id;
}

it('keeps every acknowledged write after kill -9, and publishes nothing half-written', async () => {
  const token = await cms.fullAccessToken();
  const author = await authorId(token);
  const acknowledged: Written[] = [];
  const prefix = `crash-${Date.now()}`;
  let killed = false;
  let next = 0;

  const write = async (index: number) => {
    const post = { slug: `${prefix}-${index}`, title: `Crashtest ${index}` };
    try {
      const response = await fetch(`${cms.url}/api/posts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          data: {
            ...post,
            author,
            content: [
              { type: 'paragraph', children: [{ type: 'text', text: `Tekst van bericht ${index}.` }] },
            ],
          },
        }),
      });
      await response.text();
      if (response.ok) acknowledged.push(post);
    } catch {
      // the connection died with the CMS: not acknowledged
    }
    if (!killed && acknowledged.length >= KILL_AFTER) {
      killed = true;
      process.kill(-cms.pgid(), 'SIGKILL');
    }
  };
  const worker = async () => {
    while (next < BURST && !killed) await write(next++);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  expect(killed).toBe(true);

  await cms.restart();
  const response = await fetch(
    `${cms.url}/api/posts?filters[slug][$startsWith]=${prefix}&populate[author][fields][0]=slug&pagination[pageSize]=200`,
  );
  expect(response.status).toBe(200);
  const { data }: { data: { slug: string; title: string; content: unknown; author: unknown }[] } =
    await response.json();
  const found = new Set(data.map((post) => post.slug));
  const lost = acknowledged.filter((post) => !found.has(post.slug));
  console.log(
    `kill -9 after ${acknowledged.length} acknowledged writes (${next} sent): ` +
      `${data.length} public after restart, ${lost.length} lost`,
  );
  expect(lost).toEqual([]);
  // Whatever is public is whole: a write the kill cut short is either complete or absent.
  for (const post of data) {
    expect(post.title, post.slug).toMatch(/^Crashtest \d+$/);
    expect(post.author, post.slug).toBeTruthy();
    expect(Array.isArray(post.content) && post.content.length > 0, post.slug).toBe(true);
  }
}, 300_000);
