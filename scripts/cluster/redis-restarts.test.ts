import { describe, expect, it } from 'vitest';
import { readersOn } from './load';
import { clusterForThisFile, DEMO, documentIdOf, headingOn } from './support';

describe('Redis restarted under load', () => {
  const running = clusterForThisFile();

  /** The article's title on each site replica, asked directly. */
  const headings = () =>
    Promise.all(running.cluster.sites.map((site) => headingOn(site.url, DEMO.workVisit.slug)));

  it('keeps every page served, and freshness across replicas returns by itself', async () => {
    const { stop, start } = running.cluster.redis;
    if (!stop || !start) throw new Error('de cluster heeft geen eigen Redis');
    const id = await documentIdOf(running.api, DEMO.workVisit.slug);
    const readers = readersOn(running.cluster.siteUrl, ['/', `/berichten/${DEMO.workVisit.slug}`]);
    await expect.poll(() => readers.answered(), { timeout: 10_000 }).toBeGreaterThan(500);

    await stop();
    const during = readers.answered();
    await expect.poll(() => readers.answered(), { timeout: 15_000 }).toBeGreaterThan(during + 500);
    // A change while Redis is away still reaches the replica the CMS told.
    const duringTitle = `Werkbezoek tijdens de storing ${Date.now()}`;
    await running.api.send('PUT', `/api/posts/${id}?status=published`, { title: duringTitle });
    await expect.poll(async () => (await headings()).includes(duringTitle)).toBe(true);

    await start();
    // Without anyone's help every replica reconnects and shows what changed during the outage.
    await expect
      .poll(() => headings(), { timeout: 15_000 })
      .toEqual(running.cluster.sites.map(() => duringTitle));
    const afterTitle = `Werkbezoek na de storing ${Date.now()}`;
    const changed = Date.now();
    await running.api.send('PUT', `/api/posts/${id}?status=published`, { title: afterTitle });
    await expect
      .poll(() => headings(), { timeout: 1_000, interval: 20 })
      .toEqual(running.cluster.sites.map(() => afterTitle));
    console.log(`na de herstart van Redis: nieuwe titel op elke replica na ${Date.now() - changed} ms`);

    const result = await readers.stop();
    console.log(
      `Redis herstart onder belasting: ${result.requests} verzoeken, ${result.failed} mislukt`,
      result.statuses,
    );
    expect(result.failed).toBe(0);
  });
});
