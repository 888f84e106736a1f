/**
 * The path and query of an old URL that the site should redirect, when it is an address of the
 * old site (its host, with or without www), or null for links elsewhere.
 */
export function oldPath(url: string, oldSite: URL | null): string | null {
  // Exports that do not know the site's own address (Ghost, Blogger's current one) give paths.
  if (!oldSite && url.startsWith('/') && !url.startsWith('//')) {
    const path = url.split('#')[0] ?? url;
    return path === '/' ? null : path;
  }
  let parsed: URL;
  try {
    parsed = oldSite ? new URL(url, oldSite) : new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (oldSite && bareHost(parsed.hostname) !== bareHost(oldSite.hostname)) return null;
  const path = `${parsed.pathname}${parsed.search}`;
  // The old front page is the new one: no redirect needed or wanted.
  return path === '/' ? null : path;
}

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** How old addresses are compared within an import: lower case, without a trailing slash. */
export const pathKey = (path: string) => path.toLowerCase().replace(/(.)\/+(\?|$)/, '$1$2');
