import { env } from '@/env';
import { cmsRecentlyDown, markCmsDown, markCmsUp } from './health';

/**
 * Whether the CMS is down. A failure seen lately (while rendering, or by an earlier probe) is
 * trusted for a few seconds; otherwise its health check is asked. This runs only for pages the
 * site has not rendered yet, which cost a render anyway: a probe is cheap beside that.
 */
export async function cmsIsDown(): Promise<boolean> {
  if (cmsRecentlyDown()) return true;
  try {
    const response = await fetch(`${env.cmsUrl}/_health`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(1_000),
    });
    if (response.status < 500) {
      markCmsUp();
      return false;
    }
  } catch {
    // unreachable: down
  }
  markCmsDown();
  return true;
}
