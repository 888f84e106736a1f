/**
 * The addresses under which the old site showed things, so the new site can redirect them. An
 * export does not always say where the site lived (Blogger's current export, Ghost); then the
 * addresses are paths from the site's root, which is what a redirect matches on anyway.
 */

/** The site's address without a trailing slash, or undefined when it is not an http(s) URL. */
export function siteBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** A path on the old site ("/tag/zorg/"), absolute when the site's address is known. */
export function onSite(base: string | undefined, path: string): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return base ? `${base}${rooted}` : rooted;
}

/** A link from the export as an absolute http(s) URL (relative ones against the site); else undefined. */
export function absoluteUrl(value: string | undefined, base?: string): string | undefined {
  const link = value?.trim();
  if (!link) return undefined;
  try {
    const parsed = base ? new URL(link, `${base}/`) : new URL(link);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** WordPress's short link, "https://site/?p=123", which keeps working whatever the permalinks are. */
export function isPostIdUrl(url: string | undefined): boolean {
  return absoluteUrl(url) !== undefined && /[?&]p=\d+(?:&|$)/.test(url ?? '');
}

/** The last path segment of a post's address, without ".html": the old site's slug. */
export function slugFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = (absoluteUrl(url) ? new URL(url).pathname : url.replace(/[?#].*$/, '')).replace(/\/+$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1).replace(/\.html?$/, '');
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** In order of appearance, each once, the missing ones left out. */
export function uniqueUrls(urls: (string | undefined)[]): string[] {
  return [...new Set(urls.filter((url): url is string => Boolean(url)))];
}
