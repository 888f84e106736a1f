/* The converter as the image and caption tests drive it. */
import { htmlToBlocks, type ConvertOptions, type ImageRef } from './index';

export const UPLOADS = 'https://cdn.fractie.example/uploads/';

/** Uploads every image, except those whose address mentions "kapot", and records what it was asked. */
export function converting(html: string, extra: Partial<ConvertOptions> = {}) {
  const asked: ImageRef[] = [];
  const result = htmlToBlocks(html, {
    image: (ref) => {
      asked.push(ref);
      return ref.url.includes('kapot')
        ? null
        : { url: UPLOADS + (ref.url.split('/').pop() ?? ''), id: asked.length };
    },
    link: (href) => href,
    ...extra,
  });
  return { ...result, asked };
}

export const image = (name: string, id: number) => ({
  type: 'image',
  image: { url: UPLOADS + name, id },
  children: [{ type: 'text', text: '' }],
});
export const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
