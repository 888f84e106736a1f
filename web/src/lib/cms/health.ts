/**
 * Whether the CMS answered lately, and which pages the site has rendered, shared between the
 * proxy and the pages through globalThis: they run in the same server process but are bundled
 * apart, so module state is not shared. The proxy uses it to answer 503 for pages it cannot have
 * cached while the CMS is down, instead of letting them fail with a 500.
 */
type HealthState = { downUntil: number; served: Set<string> };

const KEY = Symbol.for('fractieblog.cms-health');
const MAX_REMEMBERED = 50_000;
const DOWN_FOR_MS = 5_000;

function state(): HealthState {
  const holder: Record<symbol, HealthState | undefined> = globalThis;
  holder[KEY] ??= { downUntil: 0, served: new Set() };
  return holder[KEY];
}

export function markCmsDown(now = Date.now()) {
  state().downUntil = now + DOWN_FOR_MS;
}

export function markCmsUp() {
  state().downUntil = 0;
}

export function cmsRecentlyDown(now = Date.now()): boolean {
  return state().downUntil > now;
}

/** Called by the proxy for a page asked for while the CMS was up: it is in the page cache from then on. */
export function rememberServed(path: string) {
  const { served } = state();
  if (served.size >= MAX_REMEMBERED) served.clear();
  served.add(path);
}

export function wasServed(path: string): boolean {
  return state().served.has(path);
}
