/**
 * The site's production server: Next.js behind an in-memory copy of the pages Next has cached
 * (see serve-from-memory.ts), with a Content-Security-Policy per page (page-policy.ts) and gzip. `node web/.server/main.js [--port N] [--hostname H]`; PORT and
 * HOSTNAME work too. Built by `npm run build -w web`.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import next from 'next';
import { env } from '../src/env';
import { registerAnswersInFlight } from '../src/lib/answers-in-flight';
import { registerMemoryPageCache } from '../src/lib/memory-page-cache';
import { AnswersInFlight } from './answers-in-flight';
import { answerEncoding } from './cacheable';
import { markClientAddress } from './client-address';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy';
import { unavailableInsteadOfFailure } from './failed-page';
import { withPagePolicy } from './page-policy';
import { PageStore } from './page-store';
import { serveFromMemory } from './serve-from-memory';
import { siteSecretProblems } from './site-secrets';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? process.env[name.toUpperCase()] ?? fallback;
}

const port = Number(option('port', '3000'));
const hostname = option('hostname', '127.0.0.1');
// Kept short: another replica's publish reaches this one's memory only through this expiry.
const store = new PageStore({ maxBytes: 64 * 1024 * 1024, ttlMs: 30_000 });

async function main() {
  const problems = siteSecretProblems(process.env);
  if (problems.length > 0) {
    throw new Error(`De site start niet met onveilige geheimen: ${problems.join('; ')}. Zie .env.example.`);
  }
  const app = next({ dev: false, dir: path.resolve(__dirname, '..', '..'), hostname, port });
  await app.prepare();
  registerMemoryPageCache(store);
  const answersInFlight = new AnswersInFlight();
  registerAnswersInFlight(answersInFlight);
  const handle = app.getRequestHandler();
  const trustedProxies = Number(process.env.TRUST_PROXY ?? '0') || 0;
  const origins = { cmsOrigin: env.cmsPublicOrigin, https: env.siteUrl.startsWith('https://') };
  const toNext = withPagePolicy(
    (html) => contentSecurityPolicy(inlineScriptHashes(html), origins),
    (request, response) => {
      markClientAddress(request, trustedProxies);
      return handle(request, response);
    },
    unavailableInsteadOfFailure,
  );
  // Compression is done here rather than by Next (`compress: false`): the page policy must read
  // a page before it is compressed, and pages are kept in memory once compressed.
  const compress = compression();
  const server = createServer(
    serveFromMemory(store, (request, response) => {
      if (request.method === 'GET' || request.method === 'HEAD') answersInFlight.track(response);
      request.headers['accept-encoding'] = answerEncoding(request.headers);
      compress(request as never, response as never, () => void toNext(request, response));
    }),
  );
  server.listen(port, hostname, () => console.log(`▲ fractieblog site on http://${hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
