import { searchTerms } from '@fractieblog/contract';

/** How much of a query the site reads; search terms themselves are spelt by @fractieblog/contract. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 8;

type SearchQuery = {
  /** What the reader typed, for the search field and headings (clamped to the maximum length). */
  text: string;
  /** At most MAX_TERMS normalised words; empty means: nothing to search for. */
  terms: string[];
  /** The query was longer than allowed and only its start is used. */
  clamped: boolean;
};

/** `?q=` as the search page reads it: over-long queries are cut off rather than refused. */
export function readSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const text = value.trim().slice(0, MAX_QUERY_LENGTH);
  const allTerms = searchTerms(text);
  return {
    text,
    terms: allTerms.slice(0, MAX_TERMS),
    clamped: text.length < value.trim().length || allTerms.length > MAX_TERMS,
  };
}
