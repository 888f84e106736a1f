import sharp from 'sharp';
import { fetchUpload } from '@/lib/cms/uploads';
import type { Media } from '@/lib/cms';
import { SHARE_IMAGE } from './size';

/**
 * The photo cropped to 1200×630 around its most eye-catching part (sharp's attention strategy:
 * faces and contrast rather than the plain centre), as a JPEG small enough for WhatsApp's preview.
 * Null when the photo cannot be read; the caller then draws a card instead.
 */
export async function cropCover(media: Media): Promise<Buffer | null> {
  const name = media.src.replace(/^\/uploads\//, '');
  try {
    const response = await fetchUpload(name, null);
    if (!response.ok) return null;
    const original = Buffer.from(await response.arrayBuffer());
    return await sharp(original)
      .rotate()
      .resize(SHARE_IMAGE.width, SHARE_IMAGE.height, { fit: 'cover', position: sharp.strategy.attention })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
  } catch {
    return null;
  }
}
