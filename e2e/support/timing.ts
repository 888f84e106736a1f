import { type APIRequestContext, expect } from '@playwright/test';

/**
 * Polls a page until `accept` holds and returns how long that took. Timing is printed by the
 * specs, never asserted: this machine is shared and its speed drifts.
 */
export async function msUntil(
  request: APIRequestContext,
  path: string,
  accept: (status: number, body: string) => boolean,
  timeoutMs = 15_000,
): Promise<number> {
  const started = performance.now();
  await expect
    .poll(
      async () => {
        const response = await request.get(path, { maxRedirects: 0 });
        return accept(response.status(), await response.text());
      },
      // A short, even interval: the time it took is what the specs print.
      { timeout: timeoutMs, intervals: [25], message: `${path} did not change within ${timeoutMs} ms` },
    )
    .toBe(true);
  return Math.round(performance.now() - started);
}
