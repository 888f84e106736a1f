import { env } from '@/env';
import type { ShareEvent } from '@/lib/share-stats/share-event';

/** A reader is not kept waiting for the count: past this the share is let go. */
const TIMEOUT_MS = 2_000;

export type ShareRecording = 'recorded' | 'unknown-post' | 'unavailable';

/**
 * Reports one share to the CMS, authenticated with the secret CMS and site share for
 * revalidation. Never cached, never throws: a count that cannot be made is simply not made.
 */
export async function recordShare(share: ShareEvent): Promise<ShareRecording> {
  if (!env.revalidateSecret) return 'unavailable';
  try {
    const response = await fetch(`${env.cmsUrl}/api/share-counts/record`, {
      method: 'POST',
      cache: 'no-store',
      headers: { Authorization: `Bearer ${env.revalidateSecret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: share.slug, platform: share.platform }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) return 'recorded';
    if (response.status === 404) return 'unknown-post';
    console.warn(`CMS telde een deling niet: status ${response.status}`);
    return 'unavailable';
  } catch {
    return 'unavailable';
  }
}
