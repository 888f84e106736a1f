import type { NextConfig } from 'next';

/**
 * List pages are cached per page number, and the page cache ignores query strings, so
 * `?pagina=N` (the public URL) is rewritten to a path. Anything in `pagina` goes through; the
 * page itself answers 404 for what is not a page number.
 */
function paginated(publicPath: string, routePath: string) {
  return [
    {
      source: publicPath,
      has: [{ type: 'query' as const, key: 'pagina', value: '(?<pagina>.*)' }],
      destination: `${routePath}/pagina/:pagina`,
    },
    { source: publicPath, destination: `${routePath}/pagina/1` },
  ];
}

const nextConfig: NextConfig = {
  // Tests build and run from a directory of their own: the page and data caches live in the build
  // directory, and a test run must neither see nor leave pages of another CMS.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Images come as Strapi's own generated formats through /uploads, so the optimizer is not used.
  images: { unoptimized: true },
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
