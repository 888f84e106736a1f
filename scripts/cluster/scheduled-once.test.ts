import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterForThisFile, DEMO, headingOn } from './support';

describe('scheduled publishing with two CMS replicas', () => {
  // Every two seconds on both replicas, so that both are likely to be due at the same moment.
  const running = clusterForThisFile({ SCHEDULE_CRON: '*/2 * * * * *' });
  let authorId: string;

  beforeAll(async () => {
    const authors = (await running.api.get(`/api/authors?filters[slug][$eq]=${DEMO.author.slug}`)) as {
      data: { documentId: string }[];
    };
    authorId = authors.data[0]?.documentId ?? '';
  });

  /** A draft post scheduled `seconds` from now. */
  async function schedule(title: string, seconds: number): Promise<string> {
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`;
    await running.api.send('POST', '/api/posts?status=draft', {
      title,
      slug,
      scheduled: true,
      publicationDate: new Date(Date.now() + seconds * 1000).toISOString(),
      author: authorId,
      content: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }],
    });
    return slug;
  }

  /** How often the CMS logs said they published `title`, over every replica. */
  const publishedInLogs = (title: string) =>
    running.cluster.cmses
      .map((cms) => fs.readFileSync(cms.logFile, 'utf8'))
      .join('\n')
      .split('\n')
      .filter((line) => line.includes(`Ingepland bericht gepubliceerd: "${title}"`)).length;
  const noticesFor = (slug: string) =>
    running.cluster.revalidations().filter((notice) => notice.tags.includes(`post:${slug}`)).length;

  async function expectPublishedOnce(title: string, slug: string) {
    await expect.poll(() => headingOn(running.cluster.siteUrl, slug), { timeout: 20_000 }).toBe(title);
    // Later runs of both replicas' schedulers are the events that would publish it again.
    const later = await schedule(`Controle na ${title}`, 1);
    await expect.poll(() => headingOn(running.cluster.siteUrl, later), { timeout: 20_000 }).not.toBe(404);
    expect(publishedInLogs(title)).toBe(1);
    expect(noticesFor(slug)).toBe(1);
  }

  it('publishes a scheduled post exactly once', async () => {
    const title = 'Begrotingsbehandeling ingepland';
    await expectPublishedOnce(title, await schedule(title, 3));
  });

  it('still publishes it, once, when one replica is killed', async () => {
    const [doomed] = running.cluster.cmses;
    if (!doomed) throw new Error('geen CMS-replica');
    const title = 'Raadsvergadering ingepland';
    const slug = await schedule(title, 4);
    await doomed.kill();
    await expectPublishedOnce(title, slug);
    await doomed.start();
  });
});
