const PROBE_TIMEOUT_MS = 1_000;
// A database found away is taken as away this long: the requests that failed just before it came
// back were still failed by the outage, and a burst of them must not ask it once each.
const AWAY_MS = 3_000;

/**
 * Whether the database answers a trivial query within a second. Callers at the same moment share
 * one query; a query that hangs (no connection to be had) counts as no answer.
 */
export function createDatabaseProbe(query: () => PromiseLike<unknown>, now = () => Date.now()) {
  let pending: Promise<boolean> | null = null;
  let awayUntil = 0;
  const probe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const answers = await Promise.race([
      Promise.resolve(query()).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (!answers) awayUntil = now() + AWAY_MS;
    return answers;
  };
  return (): Promise<boolean> => {
    if (now() < awayUntil) return Promise.resolve(false);
    pending ??= probe().finally(() => (pending = null));
    return pending;
  };
}
