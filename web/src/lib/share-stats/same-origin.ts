/**
 * Whether a request comes from a page of this site. Browsers say so in `Sec-Fetch-Site`, which
 * pages cannot forge; older ones only send `Origin`. Clients without either are no browser page of
 * another site and are let through: they cannot be told apart from a reader by headers anyway, and
 * the rate limit bounds what they can do.
 */
export function isSameOriginRequest(headers: Headers, siteUrl: string): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite === 'same-origin';
  const origin = headers.get('origin');
  if (origin === null) return true;
  return origin === new URL(siteUrl).origin;
}
