import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { cancelJob, confirmJob, describeJob, startJob, TooLarge } from './jobs';
import { ImportError } from './source';

const ID = /^[a-z0-9]{10,40}$/;

const safeName = (raw: unknown) =>
  String(raw ?? 'export')
    .replace(/[^\w .()-]+/g, '_')
    .slice(0, 200) || 'export';

/** The text fields of a JSON or form request. */
function formFields(ctx: Context): { url?: unknown; oldSiteUrl?: unknown } {
  const body: unknown = ctx.request.body;
  if (typeof body !== 'object' || body === null) return {};
  return { url: Reflect.get(body, 'url'), oldSiteUrl: Reflect.get(body, 'oldSiteUrl') };
}

/** The export a form sent as its `file` field (the admin page), already on disk (koa-body). */
function uploadedFile(ctx: Context): { filepath: string; originalFilename: unknown } | null {
  const files: unknown = Reflect.get(ctx.request, 'files');
  const file: unknown = files && typeof files === 'object' ? Reflect.get(files, 'file') : undefined;
  const filepath: unknown = file && typeof file === 'object' ? Reflect.get(file, 'filepath') : undefined;
  return typeof filepath === 'string'
    ? { filepath, originalFilename: Reflect.get(Object(file), 'originalFilename') }
    : null;
}

function problem(ctx: Context, status: number, message: string) {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: { status, name: status === 413 ? 'PayloadTooLargeError' : 'ImportError', message },
  };
}

function httpUrl(raw: unknown): string | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined;
  try {
    const url = new URL(String(raw));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The import's HTTP handlers, for the content API (`/api/imports`, with a full-access API token:
 * `npm run import`) and the admin API (`/fractieblog-import`, the Importeren page): start with an
 * uploaded export as the request body (`?name=…&oldSiteUrl=…`) or `{ "url", "oldSiteUrl" }`; then
 * follow, confirm or cancel the job.
 */
export function importHandlers(strapi: Core.Strapi) {
  return {
    async start(ctx: Context) {
      const fields = formFields(ctx);
      const upload = uploadedFile(ctx);
      const oldSiteUrl = httpUrl(fields.oldSiteUrl ?? ctx.query.oldSiteUrl);
      if (oldSiteUrl === null)
        return problem(ctx, 400, 'Het adres van de oude site moet met http:// of https:// beginnen.');
      try {
        let id: string;
        if (upload) {
          id = await startJob(
            strapi,
            { stream: fs.createReadStream(upload.filepath), name: safeName(upload.originalFilename) },
            oldSiteUrl,
          );
          // The form's own copy; the job keeps one of its own.
          fs.rmSync(upload.filepath, { force: true });
        } else if (fields.url !== undefined || ctx.is('application/json') || ctx.is('multipart')) {
          const url = httpUrl(fields.url);
          if (!url)
            return problem(
              ctx,
              400,
              'Kies een exportbestand, of geef het adres van een feed of export (met http:// of https://).',
            );
          id = await startJob(strapi, { url }, oldSiteUrl);
        } else {
          id = await startJob(strapi, { stream: ctx.req, name: safeName(ctx.query.name) }, oldSiteUrl);
        }
        ctx.status = 202;
        ctx.body = { data: { id } };
      } catch (error) {
        if (error instanceof TooLarge) return problem(ctx, 413, error.message);
        if (error instanceof ImportError) return problem(ctx, 400, error.message);
        throw error;
      }
    },
    async show(ctx: Context) {
      const id = String(ctx.params.id ?? '');
      const job = ID.test(id) ? await describeJob(strapi, id) : null;
      if (!job) return problem(ctx, 404, 'Deze import bestaat niet (meer).');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: job };
    },
    async confirm(ctx: Context) {
      const id = String(ctx.params.id ?? '');
      if (!ID.test(id) || !(await confirmJob(strapi, id))) {
        return problem(
          ctx,
          409,
          'Deze import wacht niet op een bevestiging (nog bezig met controleren, of al klaar).',
        );
      }
      ctx.status = 202;
      ctx.body = { data: { id } };
    },
    async cancel(ctx: Context) {
      const id = String(ctx.params.id ?? '');
      if (!ID.test(id) || !(await cancelJob(strapi, id)))
        return problem(ctx, 409, 'Deze import is al klaar.');
      ctx.status = 202;
      ctx.body = { data: { id } };
    },
  };
}
