import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROOT } from '../../../scripts/lib/paths';
import { TEST_ADMIN, type TestCms } from '../../../scripts/lib/test-cms';
import { inviteAdmin } from './admin-accounts';
import { editorApi, listOf, parseBody, type ApiClient } from './helpers';
import {
  fixtureCopy,
  importExport,
  jobUntil,
  offer,
  startFromUrl,
  startImportStack,
  type OldSite,
} from './import-support';

/* Whatever an export holds, or however an address behaves: a Dutch message, nothing half-imported. */
describe('an import of a bad export', () => {
  let cms: TestCms;
  let oldSite: OldSite;
  let api: ApiClient;
  let importer: { base: string; token: string };

  let stop = async () => {};

  beforeAll(async () => {
    ({ cms, oldSite, api, importer, stop } = await startImportStack({ extraEnv: { IMPORT_MAX_MB: '1' } }));
  });
  afterAll(() => stop());

  const publishedPosts = async () =>
    parseBody(listOf({ documentId: z.string() }), await api.get('/api/posts')).meta.pagination.total;

  it('refuses a file that is no export at once', async () => {
    const offered = await offer(importer, fixtureCopy('not-an-export.xml', oldSite.url));
    expect(offered.status).toBe(400);
    expect(offered.body.error?.message).toMatch(/WordPress-export/);
  });

  it.each(['billion-laughs.xml', 'external-entity.xml'])(
    'refuses %s, which defines entities, at once',
    async (name) => {
      const offered = await offer(importer, fixtureCopy(name, oldSite.url));
      expect(offered.status).toBe(400);
      expect(offered.body.error?.message).toMatch(/entiteiten/);
    },
  );

  it.each([['truncated.xml', /afgebroken/]])(
    'stops at %s with a Dutch message, before anything is written',
    async (name, message) => {
      const job = await importExport(importer, fixtureCopy(name, oldSite.url));
      expect(job.status).toBe('failed');
      expect(job.error).toMatch(message);
      expect(await publishedPosts()).toBe(0);
    },
  );

  it('refuses a file that is too big while it comes in, with 413', async () => {
    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-big-')), 'te-groot.xml');
    fs.writeFileSync(
      big,
      `<?xml version="1.0"?><rss><channel>${'<item><title>x</title></item>'.repeat(60_000)}</channel></rss>`,
    );
    const offered = await offer(importer, big);
    expect(offered.status).toBe(413);
    expect(offered.body.error?.message).toMatch(/groter dan 1 MB/);
  });

  it('gives up on a feed address that never answers, and says so', async () => {
    const started = await startFromUrl(importer, `${oldSite.url}/traag`);
    expect(started.status).toBe(202);
    const job = await jobUntil(importer, started.body.data.id ?? '', ['failed'], 60_000);
    expect(job.error).toMatch(/niet worden opgehaald/);
  });

  it('reads an export with control characters in it', async () => {
    const job = await importExport(importer, fixtureCopy('control-characters.xml', oldSite.url));
    expect(job.status, job.error ?? '').toBe('done');
    expect(job.report?.counts.posts.created).toBe(1);
  });

  it('keeps serving meanwhile', async () => {
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    expect((await api.get('/api/posts')).status).toBe(200);
  });

  it('lets a Redacteur import, and not an Auteur', async () => {
    const superAdmin = await editorApi(cms.url);
    const author = await inviteAdmin(cms.url, superAdmin, 'Auteur', {
      firstname: 'Kees',
      lastname: 'Auteur',
      email: 'kees@test.fractieblog.nl',
    });
    const editor = await inviteAdmin(cms.url, superAdmin, 'Redacteur', {
      firstname: 'Riet',
      lastname: 'Redacteur',
      email: 'riet@test.fractieblog.nl',
    });
    expect((await author.api.get('/fractieblog-import/onbekend00000')).status).toBe(403);
    expect((await editor.api.get('/fractieblog-import/onbekend00000')).status).toBe(404);
  });
});

describe('npm run import', () => {
  let cms: TestCms;
  let oldSite: OldSite;
  let token: string;

  let stop = async () => {};

  beforeAll(async () => {
    ({
      cms,
      oldSite,
      importer: { token },
      stop,
    } = await startImportStack());
  });
  afterAll(() => stop());

  /** The CLI as a person runs it, asynchronously: the old site's server lives in this process. */
  const run = async (...args: string[]) => runAs({ IMPORT_TOKEN: token }, ...args);
  const runAs = async (credentials: Record<string, string>, ...args: string[]) => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-cli-'));
    const cli = [
      path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(ROOT, 'scripts', 'import.ts'),
    ];
    const result = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [...cli, ...args],
        { cwd: workDir, env: { ...process.env, CMS_URL: cms.url, ...credentials }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    const reports = fs.readdirSync(workDir).filter((name) => name.startsWith('importverslag-'));
    return {
      ...result,
      reports: reports.map((name) => JSON.parse(fs.readFileSync(path.join(workDir, name), 'utf8'))),
    };
  };

  it('with --dry-run says what it would do, writes the report and imports nothing', async () => {
    const result = await run(fixtureCopy('wordpress.xml', oldSite.url), '--dry-run');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Proefrun/);
    expect(result.stdout).toMatch(/berichten: +6 nieuw/);
    expect(result.reports[0]?.dryRun).toBe(true);
  });

  it('imports, prints progress and a summary, and writes the full report as JSON', async () => {
    const result = await run(fixtureCopy('wordpress.xml', oldSite.url));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Import klaar/);
    expect(result.stdout).toMatch(/doorverwijzingen: +\d+ nieuw/);
    expect(result.reports[0]?.counts.posts.created).toBe(6);
    expect(result.reports[0]?.counts.images).toMatchObject({ uploaded: 3, failed: 0 });
  });

  it("without IMPORT_TOKEN signs in as the .env's admin", async () => {
    const result = await runAs(
      { IMPORT_TOKEN: '', ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password },
      fixtureCopy('feed-rss.xml', oldSite.url),
      '--dry-run',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/berichten: +3 nieuw/);
  });

  it('exits non-zero, with a Dutch message, when nothing could be imported', async () => {
    const result = await run(fixtureCopy('not-an-export.xml', oldSite.url));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/✗ .*WordPress-export/);
  });
});
