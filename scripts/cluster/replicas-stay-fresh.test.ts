import { describe, expect, it, vi } from 'vitest';
import { editorPostAction } from '../lib/cms-admin';
import { TEST_ADMIN } from '../lib/test-cms';
import { clusterForThisFile, DEMO, documentIdOf, headingOn, percentile } from './support';

const FRESH_WITHIN_MS = 1_000;

describe('every site replica shows a change within a second, whichever replica the CMS told', () => {
  const running = clusterForThisFile();

  /**
   * Asks every replica directly until each shows `expected`; until then each may only show what
   * `allowed` holds (the state before the change): a replica that went back would show other.
   */
  async function untilEveryReplicaShows(
    slug: string,
    expected: string | number,
    allowed: (string | number)[],
    started = Date.now(),
  ) {
    return Promise.all(
      running.cluster.sites.map(async (site) => {
        const other: string[] = [];
        try {
          return await vi.waitFor(
            async () => {
              const seen = await headingOn(site.url, slug);
              const elapsed = Date.now() - started;
              if (seen === expected) return elapsed;
              if (!allowed.includes(seen)) other.push(`${seen} na ${elapsed} ms`);
              throw new Error(`${site.name} toont na ${elapsed} ms nog ${seen}`);
            },
            // Asked back to back, as a reader refreshing would: the delay is what is measured.
            { timeout: 10_000, interval: 5 },
          );
        } finally {
          // Checked even when the wait timed out: a replica that went back is the worse failure.
          expect(other, `${site.name} toonde wat niet (meer) mocht`).toEqual([]);
        }
      }),
    );
  }

  it('20 edits through the REST API: each replica shows each new title within 1 s, and never an older one', async () => {
    const slug = DEMO.workVisit.slug;
    const id = await documentIdOf(running.api, slug);
    let current: string | number = DEMO.workVisit.title;
    for (const site of running.cluster.sites) expect(await headingOn(site.url, slug)).toBe(current);
    const delays: number[] = [];
    for (let edit = 1; edit <= 20; edit += 1) {
      const title = `Werkbezoek Leger des Heils versie ${edit}`;
      const started = Date.now();
      await running.api.send('PUT', `/api/posts/${id}?status=published`, { title });
      delays.push(...(await untilEveryReplicaShows(slug, title, [current], started)));
      current = title;
    }
    const [p50, p95] = [percentile(delays, 50), percentile(delays, 95)];
    console.log(
      `publish → live over ${running.cluster.sites.length} replica's, 20 edits: p50 ${p50} ms, p95 ${p95} ms`,
    );
    expect(Math.max(...delays)).toBeLessThan(FRESH_WITHIN_MS);
  });

  it('an unpublished post and a deleted post are a 404 on every replica within 1 s', async () => {
    const post = await publishDemoPost('Motie over het buurthuis');
    const slug = post.data.slug;
    await untilEveryReplicaShows(slug, 'Motie over het buurthuis', [404]);

    const unpublished = Date.now();
    await editorPostAction(running.cluster.cmsUrl, TEST_ADMIN, 'unpublish', post.data.documentId);
    const gone = await untilEveryReplicaShows(slug, 404, ['Motie over het buurthuis'], unpublished);
    expect(Math.max(...gone)).toBeLessThan(FRESH_WITHIN_MS);

    const again = await publishDemoPost('Tweede motie over het buurthuis');
    await untilEveryReplicaShows(again.data.slug, 'Tweede motie over het buurthuis', [404]);
    const deletedAt = Date.now();
    await running.api.send('DELETE', `/api/posts/${again.data.documentId}`);
    const deleted = await untilEveryReplicaShows(
      again.data.slug,
      404,
      ['Tweede motie over het buurthuis'],
      deletedAt,
    );
    expect(Math.max(...deleted)).toBeLessThan(FRESH_WITHIN_MS);
  });

  it('the CMS sends each change to the site once, whichever CMS replica made it', async () => {
    const post = await publishDemoPost('Schriftelijke vragen over de kade');
    const tag = `post:${post.data.slug}`;
    const noticesOf = (wanted: string) =>
      running.cluster.revalidations().filter((notice) => notice.tags.includes(wanted));
    await expect.poll(() => noticesOf(tag).length).toBe(1);
    // The next change is the signal that any second notice for the first would have come by now.
    const other = await publishDemoPost('Raadsvoorstel over het zwembad');
    await expect.poll(() => noticesOf(`post:${other.data.slug}`).length).toBe(1);
    expect(noticesOf(tag)).toHaveLength(1);
  });

  let counter = 0;
  async function publishDemoPost(title: string) {
    counter += 1;
    const authors = (await running.api.get(`/api/authors?filters[slug][$eq]=${DEMO.author.slug}`)) as {
      data: { documentId: string }[];
    };
    return (await running.api.send('POST', '/api/posts?status=published', {
      title,
      slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}-${counter}`,
      publicationDate: '2024-05-01T10:00:00.000Z',
      author: authors.data[0]?.documentId,
      content: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }],
    })) as { data: { documentId: string; slug: string } };
  }
});
