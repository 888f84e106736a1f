import { describe, expect, it } from 'vitest';
import { readersOn } from './load';
import { clusterForThisFile, DEMO, documentIdOf, headingOn } from './support';

describe('a site replica killed under load', () => {
  const running = clusterForThisFile();

  it('costs no reader a request, and comes back serving what changed while it was gone', async () => {
    const [doomed] = running.cluster.sites;
    if (!doomed) throw new Error('geen site-replica');
    const article = `/berichten/${DEMO.workVisit.slug}`;
    const readers = readersOn(running.cluster.siteUrl, ['/', article, `/labels/${DEMO.label.slug}`]);
    await expect.poll(() => readers.answered(), { timeout: 10_000 }).toBeGreaterThan(500);

    await doomed.kill();
    const before = readers.answered();
    await expect.poll(() => readers.answered(), { timeout: 10_000 }).toBeGreaterThan(before + 500);

    const title = `Werkbezoek Leger des Heils, bijgewerkt ${Date.now()}`;
    const id = await documentIdOf(running.api, DEMO.workVisit.slug);
    await running.api.send('PUT', `/api/posts/${id}?status=published`, { title });
    const survivor = running.cluster.sites[1];
    await expect.poll(() => headingOn(survivor?.url ?? '', DEMO.workVisit.slug)).toBe(title);

    await doomed.start();
    // Its very first answer is the current page, not one from before it died.
    expect(await headingOn(doomed.url, DEMO.workVisit.slug)).toBe(title);
    const after = readers.answered();
    await expect.poll(() => readers.answered(), { timeout: 10_000 }).toBeGreaterThan(after + 500);

    const result = await readers.stop();
    console.log(
      `kill -9 onder belasting: ${result.requests} verzoeken, ${result.failed} mislukt`,
      result.statuses,
    );
    expect(result.failed).toBe(0);
  });
});
