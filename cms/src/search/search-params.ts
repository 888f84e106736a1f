import { searchTerms } from '@fractieblog/contract';

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 8;
export const MAX_PAGE = 1000;

type SearchParams = { terms: string[]; page: number };

/**
 * `?q=…&page=…` of the search route, or a Dutch reason for a 400. Bounds keep one request cheap:
 * every term narrows an index lookup (or, under three letters, a scan).
 */
export function parseSearchParams(query: Record<string, unknown>): SearchParams | { problem: string } {
  const { q, page = '1' } = query;
  if (typeof q !== 'string') return { problem: 'Geef één zoekopdracht op in `q`.' };
  if (q.length > MAX_QUERY_LENGTH) {
    return { problem: `Een zoekopdracht is hoogstens ${MAX_QUERY_LENGTH} tekens lang.` };
  }
  const terms = searchTerms(q);
  if (terms.length === 0) return { problem: 'De zoekopdracht bevat geen woorden.' };
  if (terms.length > MAX_TERMS) return { problem: `Zoek op hoogstens ${MAX_TERMS} woorden.` };
  if (typeof page !== 'string' || !/^[1-9]\d{0,3}$/.test(page) || Number(page) > MAX_PAGE) {
    return { problem: `\`page\` is een paginanummer van 1 tot en met ${MAX_PAGE}.` };
  }
  return { terms, page: Number(page) };
}
