import fs from 'node:fs';
import path from 'node:path';

/**
 * Whether Next has a page in its on-disk route cache, which outlives a restart and is shared by
 * every server process of one build. Reads Next's internal layout
 * (`.next/server/route-cache/APP_PAGE/<hash>/$/<route>.html`): it can go once the site has a cache
 * handler of its own that the proxy can ask directly.
 */
const ROUTE_CACHE = path.join(
  process.cwd(),
  process.env.NEXT_DIST_DIR || '.next',
  'server',
  'route-cache',
  'APP_PAGE',
);

/** The route a public URL is served by (see the rewrites in next.config.ts). */
export function routeOf(pathname: string, page: number): string {
  if (pathname === '/') return `/pagina/${page}`;
  if (/^\/(?:labels|auteurs)\/[^/]+$/.test(pathname)) return `${pathname}/pagina/${page}`;
  return pathname;
}

export function isInRouteCache(route: string): boolean {
  if (route.includes('..')) return false;
  try {
    return fs
      .readdirSync(ROUTE_CACHE)
      .some((hash) => fs.existsSync(path.join(ROUTE_CACHE, hash, '$', `${route}.html`)));
  } catch {
    return false;
  }
}
