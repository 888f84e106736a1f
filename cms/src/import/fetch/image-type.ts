export type ImageType =
  | { mime: 'image/jpeg'; ext: '.jpg' }
  | { mime: 'image/png'; ext: '.png' }
  | { mime: 'image/gif'; ext: '.gif' }
  | { mime: 'image/webp'; ext: '.webp' };

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * What the bytes are, by their signature. The Content-Type header and the file name are the
 * sender's claims; a web server that serves an HTML error page as "foto.jpg" is common enough.
 */
export function imageType(bytes: Buffer): ImageType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', ext: '.jpg' };
  if (bytes.subarray(0, 8).equals(PNG)) return { mime: 'image/png', ext: '.png' };
  const head = bytes.toString('latin1', 0, 6);
  if (head === 'GIF87a' || head === 'GIF89a') return { mime: 'image/gif', ext: '.gif' };
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return { mime: 'image/webp', ext: '.webp' };
  }
  return null;
}

/** Only to say why in the report: SVG is refused like any other non-image, but for a reason. */
export function looksLikeSvg(bytes: Buffer): boolean {
  return /<svg[\s>]/i.test(bytes.toString('utf8', 0, 4096));
}
