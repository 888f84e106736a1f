/*
 * Next stores a rendered page with the time it finished. A page begun before a change in the CMS
 * and finished after the change was expired therefore looks newer than the change, and would be
 * served, old, until the next change. The site's server (web/server) knows which answers are
 * being made; the revalidation route, which Next bundles separately but runs in the same process,
 * asks it through this global whether to expire the tags once more.
 */
const KEY = Symbol.for('fractieblog.answers-in-flight');

type Mark = { begun: number; open: boolean };
type Tracker = { mark(): Mark; endedSince(mark: Mark, maxWaitMs: number): Promise<boolean> };

export function registerAnswersInFlight(tracker: Tracker): void {
  Reflect.set(globalThis, KEY, tracker);
}

function tracker(): Tracker | null {
  const found: unknown = Reflect.get(globalThis, KEY);
  return typeof found === 'object' && found !== null && 'endedSince' in found ? (found as Tracker) : null;
}

/**
 * Notes the answers being made now. Its `ended` resolves once those and every answer begun since
 * have ended (or after `maxWaitMs`): true, or false at once when there were none (always false
 * under `next dev`/`next start`, which do not track them).
 */
export function answersInFlightFromNow(): { ended: (maxWaitMs: number) => Promise<boolean> } {
  const answers = tracker();
  const mark = answers?.mark();
  return {
    ended: (maxWaitMs) => (answers && mark ? answers.endedSince(mark, maxWaitMs) : Promise.resolve(false)),
  };
}
