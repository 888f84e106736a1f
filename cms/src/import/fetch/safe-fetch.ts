import { pipeline } from 'node:stream/promises';
import { ByteCap, remoteBreak } from './body';
import { checkUrl } from './check-url';
import { withDeadline } from './deadline';
import { openRemote } from './open-remote';
import type { FetchLimits, FetchPolicy } from './policy';

export type RemoteFile = { bytes: Buffer; contentType: string | null; finalUrl: string };

/** fetchRemote, with the policy the tests replace (index.ts passes the real one). */
export async function fetchRemoteWith(
  raw: string,
  limits: FetchLimits,
  policy: FetchPolicy,
): Promise<RemoteFile> {
  const start = checkUrl(raw);
  return withDeadline(limits.timeoutMs, start.host, async (signal) => {
    const { response, url } = await openRemote(start, limits, policy, signal);
    const chunks: Buffer[] = [];
    try {
      await pipeline(
        response,
        new ByteCap(limits.maxBytes, url.host),
        async (source: AsyncIterable<Buffer>) => {
          for await (const chunk of source) chunks.push(chunk);
        },
        { signal },
      );
    } catch (error) {
      throw remoteBreak(error, url.host);
    }
    return {
      bytes: Buffer.concat(chunks),
      contentType: response.headers['content-type'] ?? null,
      finalUrl: url.href,
    };
  });
}
