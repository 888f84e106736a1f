import { z } from 'zod';
// Relative, not '@/env': the site's server (web/server, compiled apart from Next) loads this too.
import { env } from '../../env';

export type Redirect = { from: string; to: string; permanent: boolean };

const table = z.object({ data: z.array(z.tuple([z.string(), z.string(), z.boolean()])) });

/**
 * Every redirect the CMS holds, for the site's server, which keeps them all in memory and answers
 * old addresses before any page (web/server/redirects.ts). Not through Next's cache: the server
 * reloads the table itself whenever the CMS says it changed.
 */
export async function fetchRedirects(): Promise<Redirect[]> {
  let response: Response;
  try {
    response = await fetch(`${env.cmsUrl}/api/redirects/table`, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new Error('CMS niet bereikbaar voor de doorverwijzingen', { cause: error });
  }
  if (!response.ok) throw new Error(`CMS antwoordde ${response.status} voor de doorverwijzingen`);
  const parsed = table.safeParse(await response.json());
  if (!parsed.success)
    throw new Error(`Onverwacht antwoord voor de doorverwijzingen: ${parsed.error.message}`);
  return parsed.data.data.map(([from, to, permanent]) => ({ from, to, permanent }));
}
