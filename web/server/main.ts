/**
 * The site's production server: Next.js behind an in-memory copy of the pages Next has cached
 * (serve-from-memory.ts), with a Content-Security-Policy per page (page-policy.ts), articles sent
 * without Next's runtime (static-document.ts), and gzip.
 * `node web/.server/server/main.js [--port N] [--hostname H]`; WEB_PORT and WEB_HOST work too.
 * Built by `npm run build -w web`.
 */
import { TAGS } from '@fractieblog/contract';
import { createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import next from 'next';
import { env } from '../src/env';
import { fetchRedirects } from '../src/lib/cms/redirects';
import { siteCache } from './cache';
import { answerEncoding } from './cacheable';
import { markClientAddress, trustProxy } from './client-address';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy';
import { unavailableInsteadOfFailure } from './failed-page';
import { withPagePolicy } from './page-policy';
import { PageStore } from './page-store';
import { RedirectTable } from './redirects';
import { serveFromMemory } from './serve-from-memory';
import { siteSecretProblems } from './site-secrets';
import { asStaticDocument } from './static-document';

function option(name: string, variable: string, fallback: string): string {
  const index = process.argv.lastIndexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) || process.env[variable] || fallback;
}

const port = Number(option('port', 'WEB_PORT', '3000'));
const hostname = option('hostname', 'WEB_HOST', '127.0.0.1');
// A safety net only: every change reaches this memory through the SiteCache, from any replica.
const store = new PageStore({ maxBytes: 64 * 1024 * 1024, ttlMs: 10_000 });

async function main() {
  const problems = siteSecretProblems(process.env);
  if (problems.length > 0) {
    throw new Error(`De site start niet met onveilige geheimen: ${problems.join('; ')}. Zie .env.example.`);
  }
  const redirects = new RedirectTable(fetchRedirects, (error) =>
    console.warn(`Doorverwijzingen niet geladen; ze worden opnieuw geprobeerd: ${String(error)}`),
  );
  const cache = siteCache();
  cache.onExpired((tags) => {
    store.purge(tags);
    if (tags.includes(TAGS.redirects)) void redirects.refresh();
  });
  cache.onFlushed(() => {
    store.clear();
    void redirects.refresh();
  });
  // Old addresses work from the first request on; a CMS that is down does not keep the site down.
  await redirects.refresh();
  const app = next({ dev: false, dir: path.resolve(__dirname, '..', '..'), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trust = trustProxy(process.env.TRUST_PROXY);
  const origins = { cmsOrigin: env.cmsPublicOrigin, https: env.siteUrl.startsWith('https://') };
  const toNext = withPagePolicy(
    (html) => contentSecurityPolicy(inlineScriptHashes(html), origins),
    (request, response) => {
      markClientAddress(request, trust);
      return handle(request, response);
    },
    (request, response, body) => asStaticDocument(unavailableInsteadOfFailure(request, response, body)),
  );
  // Compression is done here rather than by Next (`compress: false`): the page policy must read
  // a page before it is compressed, and pages are kept in memory once compressed.
  const compress = compression();
  const pages = serveFromMemory(store, (request, response) => {
    request.headers['accept-encoding'] = answerEncoding(request.headers);
    compress(request as never, response as never, () => void toNext(request, response));
  });
  const server = createServer((request, response) => {
    const found =
      request.method === 'GET' || request.method === 'HEAD' ? redirects.lookup(request.url ?? '/') : null;
    if (!found) return pages(request, response);
    response.writeHead(found.status, { Location: found.location, 'Cache-Control': 'public, max-age=3600' });
    response.end();
  });
  server.listen(port, hostname, () =>
    console.log(
      `▲ fractieblog site on http://${hostname}:${port}${cache.usesRedis ? ' (gedeelde cache: Redis)' : ''}`,
    ),
  );
  const stop = () => server.close(() => void cache.close().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
