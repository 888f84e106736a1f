import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { downloadToFile, FetchRefused } from './fetch';
import { detectFormat } from './formats';
import type { ImportProgress } from './report';
import { runImport } from './run-import';
import { ImportError } from './source';

const JOB = 'api::import-job.import-job';
const FOLDER = path.join(os.tmpdir(), 'fractieblog-imports');
/** How long a checked import waits for the editor's go-ahead before it is dropped. */
const CONFIRM_WITHIN_MS = 60 * 60 * 1000;
const FEED_LIMITS = { timeoutMs: 20_000, maxRedirects: 3 };

type JobStatus = 'checking' | 'ready' | 'importing' | 'done' | 'failed' | 'cancelled';

/** An export that is too big, refused while it streams in (Dutch message). */
export class TooLarge extends ImportError {}

const maxBytes = (strapi: Core.Strapi) => strapi.config.get<number>('fractieblog.importMaxBytes');

async function update(strapi: Core.Strapi, documentId: string, data: Record<string, unknown>) {
  await strapi.documents(JOB).update({ documentId, data: data as never });
}

async function status(
  strapi: Core.Strapi,
  documentId: string,
): Promise<{ status: JobStatus; confirmed: boolean } | null> {
  return strapi.documents(JOB).findOne({ documentId, fields: ['status', 'confirmed'] }) as Promise<{
    status: JobStatus;
    confirmed: boolean;
  } | null>;
}

/** Copies `input` to `file`, refusing past `limit` bytes. */
async function saveCapped(input: Readable, file: string, limit: number): Promise<void> {
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit) {
        done(
          new TooLarge(
            `Het bestand is groter dan ${Math.round(limit / 1024 / 1024)} MB. Exporteer in delen (bijvoorbeeld per jaar) en importeer die na elkaar.`,
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
  await pipeline(input, cap, fs.createWriteStream(file));
}

/**
 * Receives an export (an upload, or the address of a feed or export) as a new import job: the
 * file is kept on this CMS replica, checked with a dry run, and imported for real once an editor
 * confirms it — through whichever replica: the job's state lives in the database.
 */
export async function startJob(
  strapi: Core.Strapi,
  input: { stream: Readable; name: string } | { url: string },
  oldSiteUrl: string | undefined,
): Promise<string> {
  const source = 'url' in input ? input.url : input.name;
  const job = await strapi
    .documents(JOB)
    .create({ data: { status: 'checking', source, oldSiteUrl } as never });
  fs.mkdirSync(FOLDER, { recursive: true });
  const file = path.join(FOLDER, `${job.documentId}.export`);
  if ('url' in input) {
    // An address may take long to answer: fetched in the background, the job says how it went.
    void receive(strapi, job.documentId, file, () => fetchExport(strapi, input.url, file))
      .then(() => run(strapi, job.documentId, file, oldSiteUrl))
      .catch(() => undefined);
    return job.documentId;
  }
  // An upload must be read while its request lasts; a refusal is the request's answer.
  await receive(strapi, job.documentId, file, () => saveCapped(input.stream, file, maxBytes(strapi)));
  void run(strapi, job.documentId, file, oldSiteUrl);
  return job.documentId;
}

async function fetchExport(strapi: Core.Strapi, url: string, file: string) {
  try {
    await downloadToFile(url, file, {
      ...FEED_LIMITS,
      maxBytes: maxBytes(strapi),
      allowPrivate: strapi.config.get<boolean>('fractieblog.importAllowPrivateHosts'),
    });
  } catch (error) {
    if (error instanceof FetchRefused)
      throw new ImportError(`Het adres kon niet worden opgehaald: ${error.message}`);
    throw error;
  }
}

/** Puts the export in `file` and names its format; a failure fails the job, and is thrown. */
async function receive(strapi: Core.Strapi, documentId: string, file: string, save: () => Promise<void>) {
  try {
    await save();
    await update(strapi, documentId, { format: await detectFormat(file) });
  } catch (error) {
    fs.rmSync(file, { force: true });
    const message = error instanceof ImportError ? error.message : `Er ging iets mis: ${String(error)}`;
    await update(strapi, documentId, { status: 'failed', error: message });
    throw error;
  }
}

async function run(strapi: Core.Strapi, documentId: string, file: string, oldSiteUrl: string | undefined) {
  let lastWrite = 0;
  const onProgress = async (progress: ImportProgress) => {
    // A progress bar needs a few updates a second at most, not one database write per post.
    if (Date.now() - lastWrite < 500 && progress.done !== progress.total) return;
    lastWrite = Date.now();
    await update(strapi, documentId, { progress });
  };
  const cancelled = async () => (await status(strapi, documentId))?.status === 'cancelled';
  const job = await strapi.documents(JOB).findOne({ documentId, fields: ['source'] });
  const common = { file, source: job?.source ?? '', oldSiteUrl, onProgress, cancelled };
  try {
    const dryRun = await runImport(strapi, { ...common, dryRun: true });
    await update(strapi, documentId, { status: 'ready', report: dryRun, progress: null });
    if (!(await confirmation(strapi, documentId))) return;
    await update(strapi, documentId, { status: 'importing' });
    const report = await runImport(strapi, { ...common, dryRun: false });
    const stopped = (await status(strapi, documentId))?.status === 'cancelled';
    await update(strapi, documentId, { status: stopped ? 'cancelled' : 'done', report, progress: null });
  } catch (error) {
    if (!(error instanceof ImportError)) strapi.log.error('Import mislukt', error);
    const message = error instanceof ImportError ? error.message : `Er ging iets mis: ${String(error)}`;
    await update(strapi, documentId, { status: 'failed', error: message, progress: null }).catch(
      () => undefined,
    );
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Waits for an editor to confirm (true) or cancel (false) the checked import. */
async function confirmation(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const deadline = Date.now() + CONFIRM_WITHIN_MS;
  while (Date.now() < deadline) {
    const current = await status(strapi, documentId);
    if (!current || current.status === 'cancelled') return false;
    if (current.confirmed) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await update(strapi, documentId, {
    status: 'cancelled',
    error: 'Niet binnen een uur bevestigd; probeer het opnieuw.',
  });
  return false;
}

/** The go-ahead for a checked import; false when it is not waiting for one. */
export async function confirmJob(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const current = await status(strapi, documentId);
  if (current?.status !== 'ready') return false;
  await update(strapi, documentId, { confirmed: true });
  return true;
}

/** Stops a job that has not finished: before the real import nothing is written; during it, nothing more. */
export async function cancelJob(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const current = await status(strapi, documentId);
  if (!current || !['checking', 'ready', 'importing'].includes(current.status)) return false;
  await update(strapi, documentId, { status: 'cancelled' });
  return true;
}

export async function describeJob(strapi: Core.Strapi, documentId: string) {
  return strapi.documents(JOB).findOne({
    documentId,
    fields: [
      'status',
      'confirmed',
      'source',
      'format',
      'oldSiteUrl',
      'progress',
      'report',
      'error',
      'createdAt',
    ],
  });
}
