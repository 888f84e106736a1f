import { revalidateTag } from 'next/cache';
import { env } from '@/env';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { purgeMemoryPageCache } from '@/lib/memory-page-cache';
import { revalidationRequest } from '@/lib/revalidation';
import { bearerToken, secretMatches } from '@/lib/secret';
import { jsonProblem } from '@/lib/http/problem';

const MAX_BODY_BYTES = 64 * 1024;
// The CMS batches its changes into a few calls a second at most; more is someone guessing.
const limiter = createRateLimiter({ limit: 120, windowMs: 60_000 });

/**
 * The CMS calls this after every change that the public can see, naming the cache tags it
 * affects. Each is expired at once, so the next reader gets a fresh page, not a stale one.
 */
export async function POST(request: Request) {
  const allowed = limiter.take(clientKey(request.headers));
  if (!allowed.ok) {
    return jsonProblem(429, 'Te veel verzoeken; probeer het later opnieuw.', {
      'Retry-After': String(allowed.retryAfterSeconds),
    });
  }
  if (!secretMatches(bearerToken(request.headers.get('authorization')), env.revalidateSecret)) {
    return jsonProblem(401, 'Onjuist of ontbrekend geheim.');
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return jsonProblem(413, 'Verzoek te groot.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonProblem(400, 'Verzoek is geen geldige JSON.');
  }
  const parsed = revalidationRequest.safeParse(body);
  if (!parsed.success) return jsonProblem(400, 'Verwacht { "tags": ["posts", "post:<slug>", …] }.');
  for (const tag of parsed.data.tags) {
    revalidateTag(tag, { expire: 0 });
  }
  // The server's memory knows pages, not tags: any change empties it, and Next refills it.
  purgeMemoryPageCache();
  return Response.json({ revalidated: parsed.data.tags }, { headers: { 'Cache-Control': 'no-store' } });
}
