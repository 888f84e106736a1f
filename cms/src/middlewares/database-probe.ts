const PROBE_TIMEOUT_MS = 1_000;
// A burst of failing requests during an outage asks the database once, not once each.
const REMEMBER_MS = 1_000;

/**
 * Whether the database answers a trivial query within a second. The answer is shared by the
 * callers of one second; a query that hangs (no connection to be had) counts as no answer.
 */
export function createDatabaseProbe(query: () => PromiseLike<unknown>, now = () => Date.now()) {
  let last: { at: number; answer: Promise<boolean> } | null = null;
  return (): Promise<boolean> => {
    if (last && now() - last.at < REMEMBER_MS) return last.answer;
    let timer: NodeJS.Timeout | undefined;
    const answer = Promise.race([
      Promise.resolve(query()).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))),
    ]).finally(() => clearTimeout(timer));
    last = { at: now(), answer };
    return answer;
  };
}
