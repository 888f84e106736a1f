import type { ImageRef } from './blocks';
import { htmlToBlocks } from './html-to-blocks';

/**
 * Every image the body shows, in order, without duplicates (by url), for downloading before
 * converting. It runs the converter itself, so it asks for exactly the images `htmlToBlocks`
 * will ask for.
 */
export function findImages(html: string, attachment?: (id: string) => ImageRef | null): ImageRef[] {
  const found = new Map<string, ImageRef>();
  htmlToBlocks(html, {
    image: (ref) => {
      if (!found.has(ref.url)) found.set(ref.url, ref);
      return { url: ref.url };
    },
    link: (href) => href,
    ...(attachment ? { attachment } : {}),
  });
  return [...found.values()];
}
