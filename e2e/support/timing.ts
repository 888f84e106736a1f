import type { APIRequestContext } from '@playwright/test';

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
  while (performance.now() - started < timeoutMs) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (accept(response.status(), await response.text())) return Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${path} did not change within ${timeoutMs} ms`);
}
