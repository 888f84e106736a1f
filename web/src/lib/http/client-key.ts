/**
 * Who is asking, for rate limits only: the address the site's server vouches for
 * (web/server/client-address.ts; X-Forwarded-For is client-written and never read here). It is a
 * key in memory, never stored or logged. Under `next dev` every client is 'onbekend'.
 */
export const CLIENT_HEADER = 'x-fractieblog-client';

export function clientKey(headers: Headers): string {
  return headers.get(CLIENT_HEADER)?.trim() || 'onbekend';
}
