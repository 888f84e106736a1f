import { normaliseText } from '@fractieblog/contract';

/**
 * A text in normalised spelling, with for each normalised character the span of the original
 * text it came from, so a match found in the normalised text can be marked in the original.
 */
const MARK = /^\p{M}+$/u;

type TextMap = { normalised: string; starts: number[]; ends: number[] };

export function mapText(text: string): TextMap {
  let normalised = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    // Per character, not per word: one character's spelling never depends on its neighbours.
    const spelled = normaliseText(char) || (MARK.test(char) ? '' : ' ');
    if (spelled === '' && ends.length > 0) {
      // A combining accent belongs to the letter before it.
      ends[ends.length - 1] = end;
    }
    for (const piece of spelled) {
      normalised += piece;
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { normalised, starts, ends };
}

/** Where `terms` occur in the original text, as merged, sorted [start, end) ranges. */
export function matchRanges(map: TextMap, terms: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = map.normalised.indexOf(term); at !== -1; at = map.normalised.indexOf(term, at + 1)) {
      found.push([map.starts[at] ?? 0, map.ends[at + term.length - 1] ?? 0]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
