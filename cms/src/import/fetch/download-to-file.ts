import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ByteCap, remoteBreak } from './body';
import { checkUrl } from './check-url';
import { withDeadline } from './deadline';
import { openRemote } from './open-remote';
import type { FetchLimits, FetchPolicy } from './policy';

/** downloadToFile, with the policy the tests replace (index.ts passes the real one). */
export async function downloadToFileWith(
  raw: string,
  file: string,
  limits: FetchLimits,
  policy: FetchPolicy,
): Promise<{ bytes: number; contentType: string | null }> {
  const start = checkUrl(raw);
  let created = false;
  try {
    return await withDeadline(limits.timeoutMs, start.host, async (signal) => {
      const { response, url } = await openRemote(start, limits, policy, signal);
      const cap = new ByteCap(limits.maxBytes, url.host);
      created = true;
      try {
        await pipeline(response, cap, createWriteStream(file), { signal });
      } catch (error) {
        throw remoteBreak(error, url.host);
      }
      return { bytes: cap.bytes, contentType: response.headers['content-type'] ?? null };
    });
  } catch (error) {
    // Half a feed is worse than none: a reader could take it for the whole export.
    if (created) await rm(file, { force: true });
    throw error;
  }
}
