import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { startHoldingProxy, type HoldingProxy } from '../../../scripts/lib/holding-proxy';
import { freePort, type Service } from '../../../scripts/lib/processes';
import { bootTestCms, startTestSite, type TestCms } from '../../../scripts/lib/test-cms';
import {
  demoAuthorId,
  editorPostAction,
  entryOf,
  paragraph,
  parseBody,
  tokenApi,
  type ApiClient,
} from './helpers';

/*
 * A reader's page is being made from the CMS's answer when an editor changes that post: the page
 * must not keep the old version afterwards. Next stores a page with the time it finished, so a page
 * begun before a change and finished after it looked newer than the change. The site reaches the
 * CMS through a proxy that holds back one answer, which makes that race certain instead of rare (it
 * is what a reader's link prefetch did to the e2e suite once in a while).
 */
let cms: TestCms;
let cmsForSite: HoldingProxy;
let site: Service;
let siteUrl: string;
let api: ApiClient;
let authorId: string;

beforeAll(async () => {
  const sitePort = await freePort();
  cms = await bootTestCms({ extraEnv: { SITE_URL: `http://127.0.0.1:${sitePort}` } });
  cmsForSite = await startHoldingProxy(cms.url);
  ({ url: siteUrl, service: site } = await startTestSite(
    cms,
    {},
    { port: sitePort, cmsUrl: cmsForSite.url },
  ));
  api = tokenApi(cms.url, await cms.fullAccessToken());
  authorId = await demoAuthorId(api);
}, 240_000);

afterAll(async () => {
  await site?.stop();
  await cmsForSite?.close();
  await cms?.destroy();
});

async function publish(slug: string, title: string): Promise<string> {
  const created = await api.post('/api/posts', {
    title,
    slug,
    content: paragraph('De raad besprak het voorstel van de fractie.'),
    author: authorId,
  });
  return parseBody(entryOf({ documentId: z.string() }), created).data.documentId;
}

const page = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`);
  return { status: response.status, html: await response.text() };
};

/** Milliseconds until the page satisfies `accept`; fails after `timeoutMs`. */
async function msUntil(
  path: string,
  accept: (answer: { status: number; html: string }) => boolean,
  timeoutMs = 10_000,
) {
  const started = Date.now();
  await expect
    .poll(async () => accept(await page(path)), {
      timeout: timeoutMs,
      interval: 50,
      message: `${path} veranderde niet binnen ${timeoutMs} ms`,
    })
    .toBe(true);
  return Date.now() - started;
}

/**
 * Requests the post's page while the CMS's answer about it is held back, makes `change` once the
 * CMS has answered, waits until the site has heard of the change (the cached front page follows
 * it), and only then lets the page finish.
 */
async function changeWhileRendering(
  slug: string,
  change: () => Promise<void>,
  frontPageFollows: (html: string) => boolean,
) {
  const hold = cmsForSite.holdNext((path) => path.startsWith('/api/posts?') && path.includes(slug));
  const rendering = page(`/berichten/${slug}`);
  await hold.answered;
  await change();
  await msUntil('/', ({ html }) => frontPageFollows(html));
  hold.release();
  return rendering;
}

it('a post unpublished while its page is being made goes offline', async () => {
  const slug = `ingetrokken-motie-${Date.now()}`;
  const documentId = await publish(slug, 'Motie over de bibliotheek in Lindeveen');
  await msUntil('/', ({ html }) => html.includes(slug));

  const begunBefore = await changeWhileRendering(
    slug,
    async () => {
      expect((await editorPostAction(cms.url, 'unpublish', documentId)).status).toBe(200);
    },
    (html) => !html.includes(slug),
  );

  expect(begunBefore.status).toBe(200);
  const ms = await msUntil(`/berichten/${slug}`, ({ status }) => status === 404);
  console.log(`page begun before the unpublish: 404 after ${ms} ms`);
});

it('a post edited while its page is being made shows the edit', async () => {
  const slug = `gewijzigd-bericht-${Date.now()}`;
  const documentId = await publish(slug, 'Werkbezoek aan de brandweer');
  await msUntil('/', ({ html }) => html.includes('Werkbezoek aan de brandweer'));

  const begunBefore = await changeWhileRendering(
    slug,
    async () => {
      const edited = await api.put(`/api/posts/${documentId}`, { title: 'Werkbezoek aan de kazerne' });
      expect(edited.status).toBe(200);
    },
    (html) => html.includes('Werkbezoek aan de kazerne'),
  );

  expect(begunBefore.html).toContain('Werkbezoek aan de brandweer');
  const ms = await msUntil(`/berichten/${slug}`, ({ html }) => html.includes('Werkbezoek aan de kazerne'));
  console.log(`page begun before the edit: shows it after ${ms} ms`);
});
