import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { freePort } from '../../../scripts/lib/processes';
import { bootTestCms, startTestSite, type TestCms, type TestSite } from '../../../scripts/lib/test-cms';
import type { ImportReport } from '../../src/import/report';
import { tokenApi, type ApiClient } from './helpers';

const FIXTURES = path.join(__dirname, '..', 'import-fixtures');
const MEDIA = path.join(__dirname, '..', '..', 'seed', 'media');
const PHOTOS = fs.readdirSync(MEDIA).filter((name) => name.endsWith('.jpg'));
/** The old sites' addresses in the fixtures; a test points them at its own server. */
const FIXTURE_SITES = [
  /https?:\/\/www\.samenlindeveen\.nl/g,
  /https?:\/\/samenlindeveen\.nl/g,
  /https?:\/\/samenlindeveen\.blogspot\.com/g,
];

export type OldSite = { url: string; requests: string[]; close: () => Promise<void> };

/**
 * The old site, on this machine: every image address answers with a photo from the demo media
 * (the same photo for the same name), `/traag` never answers, anything else is a 404.
 */
export async function startOldSite(): Promise<OldSite> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://old.invalid').pathname;
    requests.push(pathname);
    if (pathname === '/traag') return; // never answers
    if (!/\.(?:jpe?g|png|gif)$/i.test(pathname)) return void response.writeHead(404).end();
    const hash = [...pathname].reduce((sum, char) => sum + char.charCodeAt(0), 0);
    const photo = PHOTOS[hash % PHOTOS.length] ?? 'cover-containers.jpg';
    response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(fs.readFileSync(path.join(MEDIA, photo)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A copy of a fixture with its old site's address replaced by `siteUrl`, and `edit` applied. */
export function fixtureCopy(
  name: string,
  siteUrl: string,
  edit: (text: string) => string = (text) => text,
): string {
  let text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  for (const site of FIXTURE_SITES) text = text.replace(site, siteUrl);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-fixture-')), name);
  fs.writeFileSync(file, edit(text));
  return file;
}

export type Job = {
  status: string;
  error: string | null;
  report: ImportReport | null;
  format: string | null;
};

type Api = { base: string; token: string };

async function call(api: Api, pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${api.base}/api/imports${pathname}`, {
    ...init,
    headers: { Authorization: `Bearer ${api.token}`, ...init.headers },
  });
  return {
    status: response.status,
    body: (await response.json()) as { data: { id?: string } & Job; error?: { message: string } },
  };
}

/** Offers an export as `npm run import` does (the file as the body), and returns the job's id. */
export async function offer(api: Api, file: string, oldSiteUrl?: string) {
  const query = new URLSearchParams({ name: path.basename(file), ...(oldSiteUrl ? { oldSiteUrl } : {}) });
  return call(api, `?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: fs.readFileSync(file),
  });
}

export async function jobUntil(api: Api, id: string, statuses: string[], timeout = 60_000): Promise<Job> {
  let job: Job | null = null;
  await expect
    .poll(
      async () => {
        job = (await call(api, `/${id}`)).body.data;
        return job.status;
      },
      { timeout, interval: 200 },
    )
    .toSatisfy((status: string) => statuses.includes(status));
  if (!job) throw new Error('geen import');
  return job;
}

/** The whole import: offered, checked, confirmed (unless `dryRun`), done. The final job. */
export async function importExport(
  api: Api,
  file: string,
  options: { dryRun?: boolean; oldSiteUrl?: string } = {},
) {
  const offered = await offer(api, file, options.oldSiteUrl);
  expect(offered.status, JSON.stringify(offered.body)).toBe(202);
  const id = offered.body.data.id ?? '';
  const checked = await jobUntil(api, id, ['ready', 'failed']);
  if (options.dryRun || checked.status !== 'ready') {
    if (checked.status === 'ready') await call(api, `/${id}/cancel`, { method: 'POST' });
    return checked;
  }
  expect((await call(api, `/${id}/confirm`, { method: 'POST' })).status).toBe(202);
  return jobUntil(api, id, ['done', 'failed', 'cancelled'], 180_000);
}

export async function startFromUrl(api: Api, url: string) {
  return call(api, '', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url }),
  });
}

export type ImportStack = {
  cms: TestCms;
  /** The site the CMS tells of its changes; null when the test asked for none. */
  site: TestSite | null;
  oldSite: OldSite;
  api: ApiClient;
  importer: Api;
  stop: () => Promise<void>;
};

/**
 * What an import test runs against: the old site on this machine, a CMS on a fresh database that
 * may fetch from it (a loopback address), and with `withSite` the site that CMS notifies.
 */
type StackOptions = { withSite?: boolean; extraEnv?: Record<string, string> };
export function startImportStack(
  options: StackOptions & { withSite: true },
): Promise<ImportStack & { site: TestSite }>;
export function startImportStack(options?: StackOptions): Promise<ImportStack>;
export async function startImportStack(options: StackOptions = {}): Promise<ImportStack> {
  const oldSite = await startOldSite();
  const port = options.withSite ? await freePort() : null;
  const cms = await bootTestCms({
    seedDemo: false,
    extraEnv: {
      ...(port ? { SITE_URL: `http://127.0.0.1:${port}` } : {}),
      IMPORT_ALLOW_PRIVATE_HOSTS: 'true',
      ...options.extraEnv,
    },
  });
  const site = port ? await startTestSite(cms, {}, { port }) : null;
  const token = await cms.fullAccessToken();
  return {
    cms,
    site,
    oldSite,
    api: tokenApi(cms.url, token),
    importer: { base: cms.url, token },
    stop: async () => {
      await site?.service.stop();
      await cms.destroy();
      await oldSite.close();
    },
  };
}

/** A page of the site as a reader's browser first gets it: redirects are not followed. */
export async function fetchPage(siteUrl: string, path: string) {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}
