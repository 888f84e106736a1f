import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { fetchImage, FetchRefused, originalImageUrl, type FetchLimits } from './fetch';
import type { BlockImage, ImageRef } from './html';
import type { ImportReport } from './report';

const LEDGER = 'api::import-media.import-media';
const FILE = 'plugin::upload.file';

export const IMAGE_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 3 };

/** A file name for the media library: the last path segment of the URL, without its extension. */
function baseName(url: string): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').replace(/\.[a-z0-9]+$/i, '');
  return last.replace(/[^\w.-]+/g, '-').slice(0, 80) || 'afbeelding';
}

/**
 * The images of an import: each image of the old site is fetched (safely: see ./fetch) and
 * uploaded once, also across runs (the import-media ledger remembers which upload it became), and
 * used wherever a post shows it. An image that cannot be fetched is reported, never fatal.
 */
export class MediaImporter {
  private readonly uploads = new Map<string, BlockImage | null>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly report: ImportReport,
    private readonly options: { dryRun: boolean; limits: FetchLimits },
  ) {}

  /** Fetches and uploads every image of `refs` not done yet; `post` names the post in the report. */
  async prepare(refs: ImageRef[], post: string): Promise<void> {
    for (const ref of refs) {
      const url = originalImageUrl(ref.url);
      if (this.uploads.has(url)) continue;
      if (!URL.canParse(url) || !/^https?:/i.test(url)) {
        this.report.counts.images.failed += 1;
        this.report.failedImages.push({
          title: post,
          host: '-',
          reason: `Geen volledig adres (${url.slice(0, 80)}); geef het adres van de oude site op.`,
        });
        this.uploads.set(url, null);
        continue;
      }
      this.uploads.set(url, await this.upload(url, ref, post));
    }
  }

  /** The uploaded file for an image prepared before, or null when it could not be had. */
  blockImage = (ref: ImageRef): BlockImage | null => this.uploads.get(originalImageUrl(ref.url)) ?? null;

  /** The original of a resized copy, or the copy itself when the original is not there. */
  private async fetch(original: string, asGiven: string) {
    try {
      return await fetchImage(original, this.options.limits);
    } catch (error) {
      if (original === asGiven || !(error instanceof FetchRefused)) throw error;
      return fetchImage(asGiven, this.options.limits);
    }
  }

  private async upload(url: string, ref: ImageRef, post: string): Promise<BlockImage | null> {
    const known = await this.strapi.db
      .query(LEDGER)
      .findOne({ where: { sourceUrl: url }, populate: ['file'] });
    if (known?.file) {
      this.report.counts.images.reused += 1;
      return known.file as BlockImage;
    }
    if (this.options.dryRun) {
      this.report.counts.images.uploaded += 1;
      return { url, alternativeText: ref.alt, name: baseName(url) };
    }
    let image: Awaited<ReturnType<typeof fetchImage>>;
    try {
      image = await this.fetch(url, ref.url);
    } catch (error) {
      if (!(error instanceof FetchRefused)) throw error;
      this.report.counts.images.failed += 1;
      this.report.failedImages.push({ title: post, host: new URL(url).host, reason: error.message });
      return null;
    }
    const name = `${baseName(url)}${image.ext}`;
    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fractieblog-import-'));
    const filepath = path.join(workDir, name);
    try {
      await fs.writeFile(filepath, image.bytes);
      const [file] = await this.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name, alternativeText: ref.alt, caption: ref.caption ?? '' } },
          files: { filepath, originalFilename: name, mimetype: image.mime, size: image.bytes.length },
        });
      await this.strapi.documents(LEDGER).create({ data: { sourceUrl: url, file: file.id } });
      this.report.counts.images.uploaded += 1;
      return (await this.strapi.db.query(FILE).findOne({ where: { id: file.id } })) as BlockImage;
    } finally {
      await fs.rm(workDir, { recursive: true, force: true });
    }
  }
}
