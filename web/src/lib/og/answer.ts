import { connection } from 'next/server';
import { unlessCmsUnavailable } from '@/lib/http/cms-unavailable';
import { shareImageResponse, type ShareImageSource } from './share-image';

/**
 * The body of every og-image route: drawn when asked (never at build time, when there may be no
 * CMS), 404 for what does not exist, 503 while the CMS cannot be reached.
 */
export async function answerShareImage(load: () => Promise<ShareImageSource | null>): Promise<Response> {
  await connection();
  return unlessCmsUnavailable(
    async () => {
      const source = await load();
      if (!source) return new Response('Niet gevonden', { status: 404 });
      return shareImageResponse(source);
    },
    'Afbeelding tijdelijk niet beschikbaar',
    'text',
  );
}
