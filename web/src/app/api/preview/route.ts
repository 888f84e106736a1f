import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { clientKey } from '@/lib/http/client-key';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { safePreviewPath } from '@/lib/preview-path';
import { secretMatches } from '@/lib/secret';

// An editor opens a few previews a minute; more is someone guessing the secret.
const limiter = createRateLimiter({ name: 'preview', limit: 30, windowMs: 60_000 });

/**
 * The admin's Preview button lands here: with the right secret and a path on this site, draft
 * mode is switched on (a cookie usable inside the admin's iframe) and the editor sees the draft.
 */
export async function GET(request: Request) {
  const allowed = await limiter.take(clientKey(request.headers));
  if (!allowed.ok) {
    return new Response('Te veel pogingen; probeer het later opnieuw.', {
      status: 429,
      headers: { 'Retry-After': String(allowed.retryAfterSeconds) },
    });
  }
  const params = new URL(request.url).searchParams;
  if (!env.previewToken || !secretMatches(params.get('secret'), env.previewSecret)) {
    return new Response('Voorbeeld niet toegestaan: onjuist of ontbrekend geheim.', { status: 401 });
  }
  const path = safePreviewPath(params.get('path'));
  if (!path) {
    return new Response('Voorbeeld niet mogelijk: het pad moet een pagina op deze site zijn.', {
      status: 400,
    });
  }
  (await draftMode()).enable();
  redirect(path);
}
