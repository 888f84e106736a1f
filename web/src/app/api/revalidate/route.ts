import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { env } from '@/env';
import { answersInFlightFromNow } from '@/lib/answers-in-flight';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { purgeMemoryPageCache } from '@/lib/memory-page-cache';
import { revalidationRequest } from '@/lib/revalidation';
import { bearerToken, secretMatches } from '@/lib/secret';
import { jsonProblem } from '@/lib/http/problem';

const MAX_BODY_BYTES = 64 * 1024;
// Wrong secrets from one client; more than this in a minute is someone guessing.
const limiter = createRateLimiter({ limit: 120, windowMs: 60_000 });
// A page makes at most two CMS requests in a row, each given up after 8 s (lib/cms/client.ts).
const RENDER_MAX_MS = 20_000;

/**
 * The CMS calls this after every change that the public can see, naming the cache tags it
 * affects. Each is expired at once, so the next reader gets a fresh page, not a stale one; and,
 * if pages were being made meanwhile, once more when they are finished, because Next would
 * otherwise keep such a page, made from the old content, as newer than the change.
 */
export async function POST(request: Request) {
  if (!secretMatches(bearerToken(request.headers.get('authorization')), env.revalidateSecret)) {
    // Only guesses are counted: the CMS itself may send as many changes as editors make.
    const allowed = limiter.take(clientKey(request.headers));
    if (!allowed.ok) {
      return jsonProblem(429, 'Te veel verzoeken; probeer het later opnieuw.', {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
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
  const expire = () => {
    for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
    // The server's memory knows pages, not tags: any change empties it, and Next refills it.
    purgeMemoryPageCache();
  };
  // Next applies the expiry only as this answer ends: pages begun until then may hold the old
  // content too. `after` runs later still.
  const answers = answersInFlightFromNow();
  expire();
  after(async () => {
    if (await answers.ended(RENDER_MAX_MS)) expire();
  });
  return Response.json({ revalidated: parsed.data.tags }, { headers: { 'Cache-Control': 'no-store' } });
}
