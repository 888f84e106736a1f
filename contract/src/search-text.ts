/**
 * The one spelling of text that search compares, for the CMS that stores posts' text this way and
 * the site that turns a reader's query into terms: compatibility-decomposed (so "ĳ" is "ij"),
 * without accents ("geïnformeerd" is "geinformeerd"), lower-case, and with every run of characters
 * that are not letters or digits turned into one space. Terms therefore never hold a LIKE wildcard.
 */
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** The distinct words of a query, in the order they were typed. */
export function searchTerms(query: string): string[] {
  const words = normaliseText(query).split(' ').filter(Boolean);
  return [...new Set(words)];
}
