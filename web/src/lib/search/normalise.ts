/**
 * The one spelling of text that search compares: compatibility-decomposed (so "ĳ" is "ij"),
 * without accents ("geïnformeerd" is "geinformeerd"), lower-case, and with every run of
 * characters that are not letters or digits turned into one space. The CMS stores posts' text
 * this way (cms/src/search/normalise.ts mirrors this file; both test the same examples).
 */
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 8;

export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** The distinct words of a query, in the order they were typed. */
export function searchTerms(query: string): string[] {
  const words = normaliseText(query).split(' ').filter(Boolean);
  return [...new Set(words)];
}

export type SearchQuery = {
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
