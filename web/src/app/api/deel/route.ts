import { env } from '@/env';
import { recordShare } from '@/lib/cms';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { isBot } from '@/lib/share-stats/bots';
import { readBodyWithin } from '@/lib/http/read-body';
import { isSameOriginRequest } from '@/lib/share-stats/same-origin';
import { shareEvent } from '@/lib/share-stats/share-event';
import { cmsUnavailable } from '@/lib/http/cms-unavailable';
import { jsonProblem } from '@/lib/http/problem';

const MAX_BODY_BYTES = 1024;
// A reader shares a few times at most; a client past this is counting, not sharing.
const limiter = createRateLimiter({ name: 'share', limit: 30, windowMs: 60_000 });

/** A share report taken: 202, whether it counted (bots do not). */
function accepted(counted: boolean) {
  return Response.json({ counted }, { status: 202, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * `POST /api/deel` `{ slug, platform }`: a reader's browser reports a share. Only which post and
 * which platform reach the CMS, counted per day; no cookie is read or set, and the client's address
 * and user agent serve only to refuse floods and bots here, in memory.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers, env.siteUrl)) {
    return jsonProblem(403, 'Alleen pagina’s van deze site kunnen een deling melden.');
  }
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return jsonProblem(415, 'Verwacht JSON.');
  }
  const text = await readBodyWithin(request, MAX_BODY_BYTES);
  if (text === null) return jsonProblem(413, 'Verzoek te groot.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonProblem(400, 'Verzoek is geen geldige JSON.');
  }
  const share = shareEvent.safeParse(body);
  if (!share.success) return jsonProblem(400, 'Verwacht { "slug": "…", "platform": "…" }.');

  if (isBot(request.headers.get('user-agent'))) return accepted(false);
  const allowed = await limiter.take(clientKey(request.headers));
  if (!allowed.ok) {
    return jsonProblem(429, 'Te veel delingen; probeer het later opnieuw.', {
      'Retry-After': String(allowed.retryAfterSeconds),
    });
  }

  const recorded = await recordShare(share.data);
  if (recorded === 'recorded') return accepted(true);
  if (recorded === 'unknown-post') return jsonProblem(404, 'Geen bericht met deze slug.');
  return cmsUnavailable('Delingen kunnen nu niet worden geteld.');
}
