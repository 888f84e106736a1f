import { createHash } from 'node:crypto';
import type { Media } from '@/lib/cms';
import { renderCard, type CardContent } from './card';
import { cropCover } from './cover-crop';
import { SHARE_IMAGE } from './size';

/** What a page shares: its photo when it has one, otherwise a card drawn from its text. */
export type ShareImageSource = { photo: Media | null; card: CardContent };

// The image URL carries a version of its content, so crawlers may keep an image as long as they like.
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

/** The share image as an HTTP response: the photo cropped to 1200×630 (JPEG), or the card (PNG). */
export async function shareImageResponse(source: ShareImageSource): Promise<Response> {
  const cropped = source.photo ? await cropCover(source.photo) : null;
  if (cropped) {
    return new Response(new Uint8Array(cropped), {
      headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': CACHE_CONTROL },
    });
  }
  return renderCard(source.card, { 'Cache-Control': CACHE_CONTROL });
}

/** A short fingerprint of everything an image is drawn from, for the `?v=` of its URL. */
export function shareImageVersion(source: ShareImageSource): string {
  return createHash('sha256')
    .update(JSON.stringify([source.photo?.src ?? null, source.card]))
    .digest('base64url')
    .slice(0, 10);
}

/** The og:image entry for a page whose image route is `<pagePath>/og-image`. */
export function shareImageMeta(siteUrl: string, imagePath: string, source: ShareImageSource) {
  return {
    url: `${siteUrl}${imagePath}?v=${shareImageVersion(source)}`,
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    alt: source.photo?.alt || source.card.title,
    type: source.photo ? 'image/jpeg' : 'image/png',
  };
}
