/**
 * Generated hostile requests: every kind of broken or malicious input a crawler, a scanner or an
 * attacker sends, from a seeded generator so a failure can be reproduced.
 */
export type HostileRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

/** mulberry32: small, fast and deterministic. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '../../../../etc/passwd',
  '..%5c..%5cwindows',
  '😀🎉',
  'ünïcödé',
  '\u202eevil',
  '<script>alert(1)</script>',
  '"\'><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '//evil.example',
  '/\\evil.example',
  'javascript:alert(1)',
  'a'.repeat(3000),
  '%F0%9F%98%80',
  '%C0%AE%C0%AE%2F',
  '\u0000',
  'null',
  'undefined',
  '-1',
  '1e309',
  '0x10',
  '[]',
  '{}',
];

const SITE_PAGES = [
  '/',
  '/berichten/',
  '/labels/',
  '/auteurs/',
  '/zoeken',
  '/uploads/',
  '/og-image',
  '/feed.xml',
];
const SITE_QUERIES = ['pagina', 'q', 'secret', 'path', '_rsc', 'v'];
const CMS_PATHS = [
  '/api/posts',
  '/api/authors',
  '/api/labels',
  '/api/share-links',
  '/api/site',
  '/api/posts/search',
];
const CMS_QUERIES = [
  'filters[title][$contains]',
  'filters[$or][0][slug][$eq]',
  'filters[author][adminUser][email][$contains]',
  'populate[author][populate][posts][populate]',
  'populate',
  'fields[0]',
  'sort',
  'pagination[pageSize]',
  'pagination[page]',
  'pagination[withCount]',
  'status',
  'locale',
  'q',
  'page',
];
const BAD_BODIES = [
  '{',
  '{"data":',
  'null',
  '[]',
  '"x"',
  '{"data":{"title":1e999}}',
  '\u0000\u0001',
  'a'.repeat(70_000),
];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

const encodeLoosely = (text: string, next: () => number) => (next() < 0.5 ? text : encodeURIComponent(text));

function siteRequest(next: () => number): HostileRequest {
  const base = pick(next, SITE_PAGES);
  const tail = base.endsWith('/') ? encodeLoosely(pick(next, NASTY), next) : '';
  const repeats = Math.floor(next() * 4) === 0 ? 200 : 1 + Math.floor(next() * 3);
  const query = Array.from(
    { length: repeats },
    () => `${pick(next, SITE_QUERIES)}=${encodeLoosely(pick(next, NASTY), next)}`,
  );
  const method = pick(next, METHODS);
  return { method, path: `${base}${tail}?${query.join('&')}` };
}

function siteApiRequest(next: () => number): HostileRequest {
  const path = pick(next, [
    '/api/revalidate',
    '/api/preview',
    '/api/preview/exit',
    '/api/deel',
    '/api/zoeken',
    '/api/berichten',
  ]);
  const contentType = pick(next, ['application/json', 'text/plain', 'multipart/form-data; boundary=x', '']);
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  if (next() < 0.3) headers.authorization = `Bearer ${pick(next, NASTY)}`.replace(/[^\x20-\x7e]/g, '?');
  if (next() < 0.3) headers.origin = 'https://evil.example';
  return {
    method: pick(next, ['POST', 'POST', 'GET', 'PUT', 'DELETE']),
    path: `${path}?q=${encodeURIComponent(pick(next, NASTY))}`,
    headers,
    body: pick(next, BAD_BODIES),
  };
}

function cmsRequest(next: () => number): HostileRequest {
  const path = `${pick(next, CMS_PATHS)}${next() < 0.2 ? `/${encodeURIComponent(pick(next, NASTY))}` : ''}`;
  const query = Array.from(
    { length: 1 + Math.floor(next() * 4) },
    () =>
      `${pick(next, CMS_QUERIES)}=${encodeLoosely(pick(next, [...NASTY, '*', 'true', '999999999', 'title:desc', 'draft']), next)}`,
  );
  const method = pick(next, METHODS);
  const body = method === 'POST' || method === 'PUT' ? pick(next, BAD_BODIES) : undefined;
  return {
    method,
    path: `${path}?${query.join('&')}`,
    headers: body ? { 'content-type': 'application/json' } : {},
    body,
  };
}

/** `count` requests for the site and `count` for the CMS's public API, from one seed. */
export function hostileRequests(
  seed: number,
  count: number,
): { site: HostileRequest[]; cms: HostileRequest[] } {
  const next = random(seed);
  return {
    site: Array.from({ length: count }, (_, index) =>
      index % 4 === 3 ? siteApiRequest(next) : siteRequest(next),
    ),
    cms: Array.from({ length: count }, () => cmsRequest(next)),
  };
}
