import type { WxrAttachment } from './wxr-channel';
import { escapeAttribute, escapeText } from './xml-element';

const GALLERY = /\[gallery\b([^\]]*)\]/g;

/** ids="1,2" in any quoting WordPress content has been seen with, entity-escaped quotes included. */
const IDS = /\b(?:ids|include)\s*=\s*(?:&quot;|&#0?34;|["'])?([\d,\s]+)/;

/**
 * A [gallery] shortcode names attachment ids, or none (then it shows the images uploaded to the
 * post). Only the export knows those images' addresses, so the reader writes the gallery out as
 * figures; the other shortcodes stay for the conversion to deal with. [[gallery]] is WordPress's
 * way of showing the shortcode itself, and stays.
 */
export function expandGalleries(
  html: string,
  postId: string,
  attachments: Map<string, WxrAttachment>,
): string {
  if (!html.includes('[gallery')) return html;
  return html.replace(GALLERY, (shortcode: string, attributes: string, offset: number) => {
    if (html[offset - 1] === '[' && html[offset + shortcode.length] === ']') return shortcode;
    const ids = IDS.exec(attributes)?.[1]
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const images = (ids ?? childrenOf(postId, attachments))
      .map((id) => attachments.get(id))
      .filter((image): image is WxrAttachment => image !== undefined);
    if (images.length === 0) return shortcode;
    return `<figure class="wp-block-gallery">${images.map(figure).join('')}</figure>`;
  });
}

function childrenOf(postId: string, attachments: Map<string, WxrAttachment>): string[] {
  return [...attachments.entries()]
    .filter(([, image]) => image.parent === postId)
    .sort(([idA, a], [idB, b]) => a.order - b.order || Number(idA) - Number(idB))
    .map(([id]) => id);
}

function figure(image: WxrAttachment): string {
  const caption = image.caption ? `<figcaption>${escapeText(image.caption)}</figcaption>` : '';
  const alt = escapeAttribute(image.alt ?? '');
  return `<figure class="wp-block-image"><img src="${escapeAttribute(image.url)}" alt="${alt}">${caption}</figure>`;
}
