import autocannon from 'autocannon';

export type LoadResult = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

/** Hammers one URL with `connections` concurrent connections for `seconds` (autocannon). */
export async function load(
  url: string,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
