const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link target from rich text, or null when it must not become a link. Browsers ignore control
 * characters and whitespace inside a scheme (`java\tscript:`), so the URL parser decides, not a regex.
 */
export function safeLinkUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\')) {
    return trimmed;
  }
  if (trimmed.startsWith('#')) return trimmed;
  try {
    const url = new URL(trimmed);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Media stored by Strapi's local provider lives under /uploads. Block images keep whatever absolute
 * URL the admin had when the block was written, so only the path is kept and served by the site;
 * anything that is not an upload is not shown.
 */
export function uploadPath(raw: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(raw, 'http://site.invalid').pathname;
  } catch {
    return null;
  }
  return /^\/uploads\/[A-Za-z0-9._-]+$/.test(pathname) ? pathname : null;
}
