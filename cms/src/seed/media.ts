import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { SeedImage } from './types';

type UploadedFile = {
  id: number;
  documentId: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  url: string;
  width: number | null;
  height: number | null;
  formats: unknown;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  provider: string;
  createdAt: string;
  updatedAt: string;
};

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' };

/** Uploads a file from cms/seed/media once; later calls return the upload with that name. */
export async function uploadSeedImage(strapi: Core.Strapi, image: SeedImage): Promise<UploadedFile> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name: image.file } });
  if (existing) return existing;

  const source = path.join(strapi.dirs.app.root, 'seed', 'media', image.file);
  // The upload service may consume its input, so it gets a copy.
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fractieblog-seed-'));
  const filepath = path.join(workDir, image.file);
  await fs.copyFile(source, filepath);
  try {
    const { size } = await fs.stat(filepath);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: image.file, alternativeText: image.alt, caption: '' } },
        files: {
          filepath,
          originalFilename: image.file,
          mimetype: MIME[path.extname(image.file).toLowerCase()] ?? 'application/octet-stream',
          size,
        },
      });
    return file;
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
