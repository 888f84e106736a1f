import { searchPosts } from '@/lib/cms';
import { unlessCmsUnavailable } from '@/lib/http/cms-unavailable';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { nl } from '@/lib/i18n/nl';
import { parsePageParam } from '@/lib/pagination';
import { MAX_QUERY_LENGTH, readSearchQuery } from '@/lib/search/search-query';
import { jsonProblem } from '@/lib/http/problem';

/** Typing with a 250 ms pause between queries stays well under this; a script does not. */
const limiter = createRateLimiter({ name: 'search', limit: 60, windowMs: 60_000 });

/**
 * The instant search on /zoeken asks here as the reader types: the same results as the page,
 * as JSON of domain objects. `?q=` (at most 100 characters) and `?pagina=`.
 */
export async function GET(request: Request) {
  const verdict = await limiter.take(clientKey(request.headers));
  if (!verdict.ok) {
    return jsonProblem(429, nl.search.tooFast, { 'Retry-After': String(verdict.retryAfterSeconds) });
  }
  const params = new URL(request.url).searchParams;
  const q = params.get('q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) return jsonProblem(400, nl.search.tooLong);
  const page = parsePageParam(params.get('pagina') ?? undefined);
  if (page === null) return jsonProblem(400, nl.search.badPage);
  return unlessCmsUnavailable(async () => {
    const results = await searchPosts({ q: readSearchQuery(q).terms.join(' '), page });
    return Response.json(results, { headers: { 'Cache-Control': 'no-store' } });
  }, nl.search.failed);
}
