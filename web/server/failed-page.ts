import type { IncomingMessage, ServerResponse } from 'node:http';
import { RETRY_AFTER_SECONDS, UNAVAILABLE_HTML } from '../src/lib/unavailable-page';

const UNAVAILABLE = Buffer.from(UNAVAILABLE_HTML);

/**
 * A page view that Next could not make (a 5xx: the CMS went down after a change had expired the
 * page, or did not answer in time) becomes the Dutch "even niet beschikbaar" page, with 503 and
 * Retry-After: a reader is told to come back, and a crawler that the page is still there. A
 * page's last version is not shown instead: the change that expired it may have withdrawn it.
 */
export function unavailableInsteadOfFailure(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
): Buffer {
  if (response.statusCode < 500 || (request.method !== 'GET' && request.method !== 'HEAD')) return body;
  response.statusCode = 503;
  response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  response.setHeader('cache-control', 'no-store');
  return UNAVAILABLE;
}
