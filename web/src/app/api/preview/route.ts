import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { safePreviewPath } from '@/lib/preview-path';
import { secretMatches } from '@/lib/secret';

/**
 * The admin's Preview button lands here: with the right secret and a path on this site, draft
 * mode is switched on (a cookie usable inside the admin's iframe) and the editor sees the draft.
 */
export async function GET(request: Request) {
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
