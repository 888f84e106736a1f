import { expect, test } from '../support/test';
import { DEMO } from '../../cms/src/seed/data/fixtures';
import { cmsUrl, findDocumentId, paragraphs, saveDraft } from '../support/cms';
import { takePostOffline } from '../support/take-post-offline';
import { msUntil } from '../support/timing';

/* The CMS in this run checks for due posts every two seconds (SCHEDULE_CRON in playwright.config.ts). */
test('a scheduled post appears on its publication date, not before', async ({ request }) => {
  const slug = `ingepland-${Date.now()}`;
  const dueInMs = 8_000;
  const publicationDate = new Date(Date.now() + dueInMs).toISOString();
  await saveDraft({
    title: 'Ingepland: de raad over de nieuwe bibliotheek',
    slug,
    publicationDate,
    scheduled: true,
    author: await findDocumentId('authors', DEMO.author.slug),
    content: paragraphs('Dit bericht verschijnt vanzelf.'),
  });

  expect((await request.get(`/berichten/${slug}`)).status()).toBe(404);
  const publicApi = await fetch(`${cmsUrl()}/api/posts?filters[slug][$eq]=${slug}`);
  expect((await publicApi.json()).data).toEqual([]);

  const ms = await msUntil(request, `/berichten/${slug}`, (status) => status === 200, dueInMs + 20_000);
  console.log(`scheduled post live ${ms - dueInMs} ms after its publication date`);
  expect(ms).toBeGreaterThanOrEqual(dueInMs - 1_000);

  // Later specs expect the demo content's newest post on top.
  await takePostOffline(request, slug);
});
