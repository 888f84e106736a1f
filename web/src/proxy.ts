import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/env';

/**
 * Runs before every page: refuses broken URLs with 400, and allows only the CMS to frame the site
 * (the admin's preview). A page that cannot be made while the CMS is down is not decided here:
 * the site's server turns the failed render into the Dutch 503 (web/server/failed-page.ts).
 */
export function proxy(request: NextRequest) {
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
