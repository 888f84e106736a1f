import { siteOf } from './cache/site-of';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

// Requests Next answers differently from a plain page view: client navigation (RSC payloads),
// prefetches and server actions. They always go to Next.
const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-action',
  'next-url',
];

/**
 * The key under which a request's answer may be kept, or null when it must go to Next: only
 * anonymous GET/HEAD page views (no cookie, so never draft mode), per site (host), path, page
 * number and the one encoding the answer may come in. Other query parameters are not part of it: Next's page
 * cache ignores them too, so `?fbclid=…` on a shared link still hits, and random parameters
 * cannot fill the memory.
 */
export function pageKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders) {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return null;
  if (headers.cookie || headers.authorization) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (url.startsWith('/api/') || url.startsWith('/_next/') || url.includes('_rsc=')) return null;
  const encoding = answerEncoding(headers);
  const [pathname = '', query = ''] = url.split('?', 2);
  const page = new URLSearchParams(query).getAll('pagina');
  return `${encoding} ${siteOf(headers.host)}${pathname}${page.length ? `?pagina=${page.join('&pagina=')}` : ''}`;
}

/**
 * The one encoding the site answers a request in: gzip where the client takes it, else none. The
 * server compresses, and keys kept pages, by this alone, so a page kept for one client always
 * suits the next with the same key.
 */
export function answerEncoding(headers: IncomingHttpHeaders): 'gzip' | 'identity' {
  return /\bgzip\b/.test(String(headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity';
}

/**
 * Whether Next's answer is a cached page that every anonymous reader may get: a 200 that Next
 * itself served from its page cache (so not a per-request render), with no cookie and nothing
 * forbidding a shared cache.
 */
export function isShareablePage(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200) return false;
  if (headers['set-cookie'] !== undefined) return false;
  if (headers['x-nextjs-cache'] !== 'HIT') return false;
  const cacheControl = String(headers['cache-control'] ?? '');
  return !/\b(?:private|no-store|no-cache)\b/.test(cacheControl);
}
