import { env } from '@/env';
import { recordShare } from '@/lib/cms';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { isBot } from '@/lib/share-stats/bots';
import { readBodyWithin } from '@/lib/share-stats/read-body';
import { isSameOriginRequest } from '@/lib/share-stats/same-origin';
import { shareEvent } from '@/lib/share-stats/share-event';

const MAX_BODY_BYTES = 1024;
// A reader shares a few times at most; a client past this is counting, not sharing.
const limiter = createRateLimiter({ limit: 30, windowMs: 60_000 });

function answer(status: number, body: object, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * `POST /api/deel` `{ slug, platform }`: a reader's browser reports a share. Only which post and
 * which platform reach the CMS, counted per day; no cookie is read or set, and the client's address
 * and user agent serve only to refuse floods and bots here, in memory.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request.headers, env.siteUrl)) {
    return answer(403, { error: 'Alleen pagina’s van deze site kunnen een deling melden.' });
  }
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return answer(415, { error: 'Verwacht JSON.' });
  }
  const text = await readBodyWithin(request, MAX_BODY_BYTES);
  if (text === null) return answer(413, { error: 'Verzoek te groot.' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(400, { error: 'Verzoek is geen geldige JSON.' });
  }
  const share = shareEvent.safeParse(body);
  if (!share.success) return answer(400, { error: 'Verwacht { "slug": "…", "platform": "…" }.' });

  if (isBot(request.headers.get('user-agent'))) return answer(202, { counted: false });
  const allowed = limiter.take(clientKey(request.headers));
  if (!allowed.ok) {
    return answer(
      429,
      { error: 'Te veel delingen; probeer het later opnieuw.' },
      { 'Retry-After': String(allowed.retryAfterSeconds) },
    );
  }

  const recorded = await recordShare(share.data);
  if (recorded === 'recorded') return answer(202, { counted: true });
  if (recorded === 'unknown-post') return answer(404, { error: 'Geen bericht met deze slug.' });
  return answer(503, { error: 'Delingen kunnen nu niet worden geteld.' }, { 'Retry-After': '60' });
}
