import { connection } from 'next/server';
import { CmsUnavailableError } from '@/lib/cms';
import { shareImageResponse, type ShareImageSource } from './share-image';

/**
 * The body of every og-image route: drawn when asked (never at build time, when there may be no
 * CMS), 404 for what does not exist, 503 while the CMS cannot be reached.
 */
export async function answerShareImage(load: () => Promise<ShareImageSource | null>): Promise<Response> {
  await connection();
  let source: ShareImageSource | null;
  try {
    source = await load();
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return new Response('Afbeelding tijdelijk niet beschikbaar', {
      status: 503,
      headers: { 'Retry-After': '30' },
    });
  }
  if (!source) return new Response('Niet gevonden', { status: 404 });
  return shareImageResponse(source);
}
