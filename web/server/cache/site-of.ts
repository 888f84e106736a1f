/**
 * The site a request is for, so that one installation can later serve several factions' domains:
 * the Host header's name without port, or '-' when it is not a plain host name.
 */
export function siteOf(host: unknown): string {
  const name = String(Array.isArray(host) ? host[0] : (host ?? ''))
    .toLowerCase()
    .replace(/:\d+$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(name) ? name : '-';
}
