/*
 * Next stores a rendered page with the time it finished. A page begun before a change in the CMS
 * and finished after the change was expired therefore looks newer than the change, and would be
 * served, old, until the next change. The site's server (web/server) knows which answers are
 * still being made; the revalidation route, which Next bundles separately but runs in the same
 * process, waits for them through this global and then expires the tags once more.
 */
const KEY = Symbol.for('fractieblog.answers-in-flight');

type Tracker = { ended(maxWaitMs: number): Promise<void> };

export function registerAnswersInFlight(tracker: Tracker): void {
  Reflect.set(globalThis, KEY, tracker);
}

/**
 * Resolves once every answer begun before now has ended, or after `maxWaitMs` (at once under
 * `next dev`/`next start`, which do not track them).
 */
export function answersInFlightEnded(maxWaitMs: number): Promise<void> {
  const tracker: unknown = Reflect.get(globalThis, KEY);
  if (
    typeof tracker === 'object' &&
    tracker !== null &&
    'ended' in tracker &&
    typeof tracker.ended === 'function'
  ) {
    return (tracker as Tracker).ended(maxWaitMs);
  }
  return Promise.resolve();
}
