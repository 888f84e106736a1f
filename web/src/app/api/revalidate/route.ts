import { revalidateTag } from 'next/cache';
import { env } from '@/env';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { revalidationRequest } from '@/lib/revalidation';
import { bearerToken, secretMatches } from '@/lib/secret';
import { jsonProblem } from '@/lib/http/problem';
import { readBodyWithin } from '@/lib/http/read-body';

const MAX_BODY_BYTES = 64 * 1024;
// Wrong secrets from one client; more than this in a minute is someone guessing.
const limiter = createRateLimiter({ name: 'revalidate', limit: 120, windowMs: 60_000 });

/**
 * The CMS calls this after every change that the public can see, naming the cache tags it
 * affects. Each is expired at once, so the next reader gets a fresh page, not a stale one. The
 * site's cache handler (web/server/cache) makes the expiry reach every replica, and keeps pages
 * begun before it from counting as newer than it.
 */
export async function POST(request: Request) {
  if (!secretMatches(bearerToken(request.headers.get('authorization')), env.revalidateSecret)) {
    // Only guesses are counted: the CMS itself may send as many changes as editors make.
    const allowed = await limiter.take(clientKey(request.headers));
    if (!allowed.ok) {
      return jsonProblem(429, 'Te veel verzoeken; probeer het later opnieuw.', {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
    return jsonProblem(401, 'Onjuist of ontbrekend geheim.');
  }
  const text = await readBodyWithin(request, MAX_BODY_BYTES);
  if (text === null) return jsonProblem(413, 'Verzoek te groot.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonProblem(400, 'Verzoek is geen geldige JSON.');
  }
  const parsed = revalidationRequest.safeParse(body);
  if (!parsed.success) return jsonProblem(400, 'Verwacht { "tags": ["posts", "post:<slug>", …] }.');
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags }, { headers: { 'Cache-Control': 'no-store' } });
}
