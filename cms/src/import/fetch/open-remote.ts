import type { IncomingMessage } from 'node:http';
import { checkResponse } from './body';
import { checkUrl } from './check-url';
import { FetchRefused } from './fetch-refused';
import type { FetchLimits, FetchPolicy } from './policy';
import { requestOnce } from './request-once';
import { resolveChecked } from './resolve-host';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Follows redirects by hand, so that every hop gets the checks of the first: scheme, credentials,
 * and the addresses its host resolves to (a public page may redirect to 169.254.169.254). Returns a
 * 2xx response whose body has not been read yet.
 */
export async function openRemote(
  start: URL,
  limits: FetchLimits,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<{ response: IncomingMessage; url: URL }> {
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const addresses = await resolveChecked(url, policy, signal);
    const response = await requestOnce(url, addresses, signal);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) {
      checkResponse(response, url.host, limits.maxBytes);
      return { response, url };
    }
    // The redirect's own body may be endless; it is never read.
    response.destroy();
    if (redirects >= limits.maxRedirects) {
      throw new FetchRefused(
        `Te veel doorverwijzingen vanaf ${start.host} (maximaal ${limits.maxRedirects}).`,
      );
    }
    url = checkUrl(location, url);
  }
}
