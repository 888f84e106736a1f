import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Directory } from './directory';
import type { FetchLimits } from './fetch';
import { detectFormat, readExport } from './formats';
import { IMAGE_LIMITS, MediaImporter } from './media-importer';
import { oldPath, pathKey } from './old-addresses';
import { importPost, type PostContext } from './post-importer';
import { RedirectWriter } from './redirect-writer';
import { emptyReport, type ImportProgress, type ImportReport } from './report';
import { freeSlug, slugFrom } from './slugs';
import type { SourceFormat } from './source';

const POST = 'api::post.post';

/**
 * Lets the CMS answer its other requests. On SQLite every query resolves at once, so an import
 * that only awaits queries never gives the event loop a turn: editors and the site would wait
 * seconds for an answer. Called once per post.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

type ImportOptions = {
  /** The export, as a file on this machine. */
  file: string;
  /** What the report calls it (the uploaded file's name, or the feed's URL). */
  source: string;
  dryRun: boolean;
  /** The old site's address, when the export does not say it (or says it wrong). */
  oldSiteUrl?: string;
  format?: SourceFormat;
  imageLimits?: FetchLimits;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Asked between posts; true stops the run (before anything is published). */
  cancelled?: () => boolean | Promise<boolean>;
};

/** The slug every post will get, decided in a first read, so links between posts can be rewritten. */
type Plan = {
  slugs: Map<string, string>;
  byOldPath: Map<string, string>;
  posts: number;
  oldSite: URL | null;
};

function siteUrl(raw: string | undefined): URL | null {
  try {
    return raw ? new URL(raw) : null;
  } catch {
    return null;
  }
}

async function plan(strapi: Core.Strapi, options: ImportOptions, format: SourceFormat): Promise<Plan> {
  const result: Plan = {
    slugs: new Map(),
    byOldPath: new Map(),
    posts: 0,
    oldSite: siteUrl(options.oldSiteUrl),
  };
  const claimed = new Set<string>();
  for await (const event of readExport(options.file, { format })) {
    if (event.kind === 'site' && !result.oldSite) result.oldSite = siteUrl(event.url);
    if (event.kind !== 'post') continue;
    result.posts += 1;
    await breathe();
    const existing = await strapi.db
      .query(POST)
      .findOne({ where: { importSource: event.key }, select: ['slug'] });
    const slug =
      existing?.slug ??
      (await freeSlug(slugFrom(event.slug, event.title), async (candidate) =>
        claimed.has(candidate)
          ? true
          : Boolean(await strapi.db.query(POST).findOne({ where: { slug: candidate }, select: ['id'] })),
      ));
    claimed.add(slug);
    result.slugs.set(event.key, slug);
    for (const url of event.oldUrls) {
      const path = oldPath(url, result.oldSite);
      if (path) result.byOldPath.set(pathKey(path), slug);
    }
  }
  return result;
}

/**
 * Imports an export (WordPress, Blogger, Ghost or a feed) into fractieblog, or with `dryRun` only
 * says what it would do. The export is read twice as a stream: first to decide every post's slug
 * (a broken file stops the import there, before anything is written), then to import it post by
 * post. Posts are written as drafts and the published ones published at the end.
 */
export async function runImport(strapi: Core.Strapi, options: ImportOptions): Promise<ImportReport> {
  const format = options.format ?? (await detectFormat(options.file));
  const report = emptyReport(format, options.source, options.dryRun);
  await options.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const planned = await plan(strapi, options, format);
  report.oldSiteUrl = planned.oldSite?.origin ?? null;
  const oldSite = () => planned.oldSite;
  const context: PostContext = {
    strapi,
    dryRun: options.dryRun,
    report,
    directory: new Directory(strapi, options.dryRun, report, format),
    media: new MediaImporter(strapi, report, {
      dryRun: options.dryRun,
      limits: {
        ...(options.imageLimits ?? IMAGE_LIMITS),
        allowPrivate: strapi.config.get<boolean>('fractieblog.importAllowPrivateHosts'),
      },
    }),
    redirects: new RedirectWriter(strapi, report, { dryRun: options.dryRun, oldSite }),
    oldSite,
    slugOf: (key) => planned.slugs.get(key) ?? slugFrom(undefined, key),
    slugAt: (key) => planned.byOldPath.get(key),
    toPublish: [],
  };

  let done = 0;
  for await (const event of readExport(options.file, { format })) {
    if (event.kind === 'post') {
      if (await options.cancelled?.()) {
        report.warnings.push('De import is afgebroken; wat al was ingelezen staat als concept klaar.');
        break;
      }
      await importPost(context, event);
      await breathe();
      done += 1;
      if (done % 10 === 0 || done === planned.posts) {
        await options.onProgress?.({ phase: 'importing', done, total: planned.posts });
      }
    } else if (event.kind === 'skipped') {
      const { kind: _kind, ...skipped } = event;
      report.skipped.push(skipped);
      report.counts.skipped[event.reason] = (report.counts.skipped[event.reason] ?? 0) + 1;
    } else if (event.kind === 'warning') {
      report.warnings.push(event.message);
    } else if (event.kind === 'term') {
      const slug = await context.directory.slugOf('label', await context.directory.label(event.term));
      if (slug) for (const url of event.oldUrls) await context.redirects.add(url, `/labels/${slug}`);
    } else if (event.kind === 'author') {
      const slug = await context.directory.slugOf('author', await context.directory.author(event.author));
      if (slug) for (const url of event.oldUrls) await context.redirects.add(url, `/auteurs/${slug}`);
    }
  }

  const total = context.toPublish.length;
  for (const [index, { documentId, title }] of context.toPublish.entries()) {
    await breathe();
    try {
      await strapi.documents(POST).publish({ documentId });
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) throw error;
      report.counts.posts.drafts += 1;
      report.warnings.push(`"${title}" blijft een concept: ${error.message}`);
    }
    if ((index + 1) % 25 === 0 || index + 1 === total) {
      await options.onProgress?.({ phase: 'publishing', done: index + 1, total });
    }
  }
  report.finishedAt = new Date().toISOString();
  return report;
}
