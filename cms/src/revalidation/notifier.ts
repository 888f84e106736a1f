import type { Core } from '@strapi/strapi';

const RETRY_DELAYS_MS = [250, 1_000, 3_000, 10_000];
const GATHER_MS = 20;
// A site asking for more than this is not waited for: the next change comes sooner.
const MAX_RETRY_AFTER_MS = 60_000;

/** The wait a `Retry-After` of whole seconds asks for, within reason; 0 if it asks nothing usable. */
function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : 0;
}

type Notifier = { notify: (tags: string[]) => void };

/**
 * Tells the site which cache tags changed. Tags from one burst of changes go in one request; a
 * site that cannot be reached, or says it is busy, is retried briefly. It never throws and is never awaited, so an
 * editor's save neither waits for the site nor fails because of it.
 */
export function createNotifier(strapi: Core.Strapi): Notifier {
  const siteUrl = strapi.config.get<string>('fractieblog.siteUrl');
  const secret = strapi.config.get<string>('fractieblog.revalidateSecret');
  if (!siteUrl || !secret) {
    strapi.log.warn('REVALIDATE_SECRET of SITE_URL ontbreekt: de site hoort niet wanneer er iets verandert.');
    return { notify: () => undefined };
  }
  const endpoint = `${siteUrl}/api/revalidate`;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const send = async (tags: string[], attempt = 0): Promise<void> => {
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) return;
      // A refusal (wrong secret, bad tags) will not change by trying again; a busy site will.
      if (response.status < 500 && response.status !== 429) {
        strapi.log.error(`Site weigerde revalidatie (${response.status}) van ${tags.join(', ')}`);
        return;
      }
      retry(tags, attempt, `status ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
    } catch (error) {
      retry(tags, attempt, String(error));
    }
  };

  const retry = (tags: string[], attempt: number, problem: string, askedMs = 0) => {
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) {
      strapi.log.warn(`Site onbereikbaar voor revalidatie van ${tags.join(', ')}: ${problem}`);
      return;
    }
    setTimeout(() => void send(tags, attempt + 1), Math.max(delay, askedMs)).unref();
  };

  return {
    notify(tags) {
      // Changes made while booting (the seed) cannot be on any cached page yet.
      if (tags.length === 0 || !strapi.isLoaded) return;
      for (const tag of tags) pending.add(tag);
      timer ??= setTimeout(() => {
        const batch = [...pending];
        pending = new Set();
        timer = null;
        void send(batch);
      }, GATHER_MS);
    },
  };
}
