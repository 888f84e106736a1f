import { searchPageSchema, type SearchPage } from '@/lib/search/hit';

/** A refusal of the search route; `status` tells a rate limit (429) from a CMS outage (503). */
export class SearchRequestError extends Error {
  constructor(readonly status: number) {
    super(`Zoeken antwoordde ${status}`);
    this.name = 'SearchRequestError';
  }
}

/** One page of results from the site's own route; `signal` lets react-query cancel a stale request. */
export async function fetchSearchPage(q: string, page: number, signal: AbortSignal): Promise<SearchPage> {
  const params = new URLSearchParams({ q, pagina: String(page) });
  const response = await fetch(`/api/zoeken?${params}`, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new SearchRequestError(response.status);
  const parsed = searchPageSchema.safeParse(await response.json());
  if (!parsed.success) throw new SearchRequestError(502);
  return parsed.data;
}

/** Only an outage is worth one more try; a refusal will be refused again. */
export const retryOutage = (failures: number, error: Error) =>
  failures < 1 && !(error instanceof SearchRequestError && error.status < 500);
