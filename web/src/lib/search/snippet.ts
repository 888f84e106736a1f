import { mapText, matchRanges } from './text-map';

const SNIPPET_LENGTH = 200;
/** How much text comes before the first match, so it reads in context. */
const LEAD = 60;

/** A fragment of `text` of about `length` characters around the first match, or null without one. */
export function fragmentAround(
  text: string,
  terms: readonly string[],
  length = SNIPPET_LENGTH,
): string | null {
  const [first] = matchRanges(mapText(text), terms);
  if (!first) return null;
  let start = Math.max(0, first[0] - LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first[0] ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first[1] ? space : end;
  }
  const fragment = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${fragment}${end < text.length ? '…' : ''}`;
}

/** What a result shows under its title: the excerpt when it matches, else where the body does. */
export function snippetFor(post: { excerpt: string; body: string }, terms: readonly string[]): string {
  if (matchRanges(mapText(post.excerpt), terms).length > 0) return post.excerpt;
  return fragmentAround(post.body, terms) ?? post.excerpt;
}
