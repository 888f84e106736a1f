import type { Core } from '@strapi/strapi';
import { uploadSeedImage } from './media';
import type { SeedBlock } from './types';

/** Turns seed blocks into Strapi blocks, uploading the images they name. */
export async function toStrapiBlocks(strapi: Core.Strapi, blocks: SeedBlock[]) {
  return Promise.all(
    blocks.map(async (block) => {
      if (block.type !== 'seed-image') return block;
      const file = await uploadSeedImage(strapi, { file: block.file, alt: block.alt });
      return {
        type: 'image',
        image: {
          name: file.name,
          alternativeText: block.alt,
          caption: block.caption ?? null,
          url: file.url,
          width: file.width,
          height: file.height,
          formats: file.formats,
          hash: file.hash,
          ext: file.ext,
          mime: file.mime,
          size: file.size,
          provider: file.provider,
          createdAt: file.createdAt,
          updatedAt: file.updatedAt,
        },
        children: [{ type: 'text', text: '' }],
      };
    }),
  );
}
