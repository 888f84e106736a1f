import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/env';
import { rememberServed, wasServed } from '@/lib/cms/health';
import { isInRouteCache, routeOf } from '@/lib/cms/page-cache-files';
import { cmsIsDown } from '@/lib/cms/probe';
import { parsePageParam, pageHref } from '@/lib/pagination';
import { UNAVAILABLE_HTML } from '@/lib/unavailable-page';

const NOT_PAGES = /^\/(?:api|uploads|_next)\//;

/**
 * A page that cannot be in the cache while the CMS is down gets a Dutch 503 instead of a failed
 * render. A page asked for while the CMS was up is rendered and cached then, so it is remembered
 * and never costs a health check again; after a restart Next's on-disk cache is consulted.
 */
async function unavailable(request: NextRequest): Promise<boolean> {
  const { pathname, searchParams } = request.nextUrl;
  const page = parsePageParam(searchParams.get('pagina') ?? undefined) ?? 1;
  const key = pageHref(pathname, page);
  if (wasServed(key)) return false;
  if (await cmsIsDown()) return !isInRouteCache(routeOf(pathname, page));
  rememberServed(key);
  return false;
}

/**
 * Runs before every page: refuses broken URLs with 400, answers 503 for a page that cannot be in
 * the cache while the CMS is down (instead of a crash), and allows only the CMS to frame the site
 * (the admin's preview).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    // Next answers a path with broken percent-encoding with a 500 while decoding route parameters.
    return new NextResponse('Ongeldig adres: de URL bevat een onjuiste tekencodering.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  const isPage = (request.method === 'GET' || request.method === 'HEAD') && !NOT_PAGES.test(pathname);
  if (isPage && !request.cookies.has('__prerender_bypass') && (await unavailable(request))) {
    return new NextResponse(UNAVAILABLE_HTML, {
      status: 503,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Retry-After': '30',
        'Cache-Control': 'no-store',
      },
    });
  }

  const response = NextResponse.next();
  // Pages get their whole policy, with their scripts' hashes, from the site's own server
  // (web/server/page-policy.ts); this covers the rest, and `next dev`.
  response.headers.set('Content-Security-Policy', `frame-ancestors 'self' ${env.cmsPublicOrigin}`);
  // Over https only: a browser that saw HSTS on a plain-http test site would refuse it afterwards.
  if (env.siteUrl.startsWith('https://')) {
    response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
  return response;
}

export const config = {
  // Static assets never need any of this.
  matcher: '/((?!_next/static|_next/image|favicon.ico).*)',
};
