import autocannon from 'autocannon';

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** What the errors were (e.g. "ECONNRESET × 1", "timeout × 2"): a failed run says why. */
  errorKinds: string[];
};

/** Hammers one URL with `connections` concurrent connections for `seconds` (autocannon). */
export async function load(
  url: string,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const kinds = new Map<string, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('reqError', (error: Error & { code?: string }) => {
      const kind = error.code ?? error.message;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    });
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    errorKinds: [...kinds].map(([kind, count]) => `${kind} × ${count}`),
  };
}
