import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * List pages are cached per page number, and the page cache ignores query strings, so
 * `?pagina=N` (the public URL) is rewritten to a path. Only a page number is copied into the
 * path (a broken percent-encoding there would crash Next's routing); anything else in `pagina`
 * becomes page 0, which the page answers with a 404.
 */
function paginated(publicPath: string, routePath: string) {
  return [
    {
      source: publicPath,
      has: [{ type: 'query' as const, key: 'pagina', value: '(?<pagina>[1-9][0-9]{0,4})' }],
      destination: `${routePath}/pagina/:pagina`,
    },
    {
      source: publicPath,
      has: [{ type: 'query' as const, key: 'pagina' }],
      destination: `${routePath}/pagina/0`,
    },
    { source: publicPath, destination: `${routePath}/pagina/1` },
  ];
}

/**
 * Sent with every answer of the site. HSTS comes from the proxy, which knows the run-time SITE_URL
 * (this config is fixed at build time); the Content-Security-Policy of a page from the site's own
 * server (web/server/page-policy.ts), which hashes the page's inline scripts.
 */
function securityHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
  ];
}

const CACHE_HANDLER = path.join(__dirname, '.server', 'server', 'cache', 'cache-handler.js');

const nextConfig: NextConfig = {
  // Tests build and run from a directory of their own: the page and data caches live in the build
  // directory, and a test run must neither see nor leave pages of another CMS.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Every page and CMS answer Next caches goes through the site's own handler: in memory, or with
  // REDIS_URL in Redis, shared by every replica (web/server/cache). `npm run build` compiles it
  // before `next build`; `next dev` on a fresh checkout, before any build, uses Next's own.
  cacheHandler: fs.existsSync(CACHE_HANDLER) ? CACHE_HANDLER : undefined,
  // Loaded by Node as they are, not bundled: they keep connections open.
  serverExternalPackages: ['ioredis', 'rate-limiter-flexible'],
  // The site's own server (web/server) compresses, after it has read each page for its
  // Content-Security-Policy.
  compress: false,
  reactStrictMode: true,
  // Images come as Strapi's own generated formats through /uploads, so the optimizer is not used.
  images: { unoptimized: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...paginated('/', ''),
        ...paginated('/labels/:slug', '/labels/:slug'),
        ...paginated('/auteurs/:slug', '/auteurs/:slug'),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
