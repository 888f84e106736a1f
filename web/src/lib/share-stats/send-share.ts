import type { ShareEvent } from './share-event';

/**
 * Tells the site a reader shared a post. `keepalive` lets the request finish when the page goes
 * away for the platform; no credentials, so not even a preview cookie goes along. The answer does
 * not matter to the reader, so it is not read.
 */
export async function sendShare(share: ShareEvent): Promise<void> {
  await fetch('/api/deel', {
    method: 'POST',
    keepalive: true,
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(share),
  });
}
