import { CmsUnavailableError } from '@/lib/cms';
import { RETRY_AFTER_SECONDS } from '@/lib/unavailable-page';
import { jsonProblem } from './problem';

/**
 * The one answer of a route handler while the CMS (or the bucket behind it) cannot be reached: 503
 * with the site's Retry-After and a Dutch message, as JSON for scripts or as text for images. What
 * was asked for is not gone, so it is never a 404, and never a 500.
 */
export function cmsUnavailable(message: string, as: 'json' | 'text' = 'json'): Response {
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
  if (as === 'json') return jsonProblem(503, message, headers);
  return new Response(message, {
    status: 503,
    headers: { ...headers, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Runs a route's work; the CMS being unreachable becomes cmsUnavailable(message). Any other error
 * is a bug and is thrown on, so Next logs it.
 */
export async function unlessCmsUnavailable(
  work: () => Promise<Response>,
  message: string,
  as: 'json' | 'text' = 'json',
): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CmsUnavailableError) return cmsUnavailable(message, as);
    throw error;
  }
}
