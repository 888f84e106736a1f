import autocannon from 'autocannon';

export type LoadResult = { requests: number; failed: number; statuses: Record<string, number> };

/**
 * Readers hitting `urls` through the load balancer until `stop()`: every answer that is not a 200,
 * and every connection error or timeout, counts as failed.
 */
export function readersOn(baseUrl: string, paths: string[], connections = 10) {
  let finish: (result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon(
    {
      url: baseUrl,
      connections,
      duration: 600,
      timeout: 10,
      requests: paths.map((path) => ({ method: 'GET', path })),
    },
    (_error, result) => finish(result),
  );
  const statuses: Record<string, number> = {};
  instance.on('response', (_client: unknown, statusCode: number) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  return {
    stop: async (): Promise<LoadResult> => {
      instance.stop();
      const result = await done;
      const ok = statuses['200'] ?? 0;
      const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);
      return { requests: answered, failed: answered - ok + result.errors + result.timeouts, statuses };
    },
    answered: () => Object.values(statuses).reduce((sum, count) => sum + count, 0),
  };
}
