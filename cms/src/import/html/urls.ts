const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg)$/i;
/** WordPress names its resized copies after the original: foto.jpg → foto-300x200.jpg. */
const RESIZED_COPY = /-\d{1,5}x\d{1,5}(\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?))$/i;

/**
 * Whether a link target may reach the page: http(s), mailto and tel, or a relative address.
 * Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so the
 * check ignores them too.
 */
export function isSafeTarget(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (compact === '') return false;
  const scheme = SCHEME.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"]+$/i.test(url);
}

/** Embeds and images often say `//host/…`, which only works inside a page. */
export function withScheme(url: string): string {
  return url.startsWith('//') ? `https:${url}` : url;
}

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0] ?? '';
}

/** Whether a link around an image points at the image file itself (Blogger links the large copy). */
export function isImageUrl(href: string): boolean {
  const url = withScheme(href.trim());
  if (!isSafeTarget(url) || /^(?:mailto|tel):/i.test(url)) return false;
  if (IMAGE_PATH.test(pathOf(url))) return true;
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  // Blogger's own image hosts serve files whose addresses often have no extension.
  return host === 'blogger.googleusercontent.com' || host.endsWith('.bp.blogspot.com');
}

/** The address of the original upload rather than a resized copy. */
export function originalImageUrl(url: string): string {
  const path = pathOf(url);
  return path.replace(RESIZED_COPY, '$1') + url.slice(path.length);
}

/** WordPress's "link to attachment page": a page about the image, not worth a note when lost. */
export function isAttachmentPage(href: string): boolean {
  return /[?&]attachment_id=|\/attachment\//i.test(href);
}
