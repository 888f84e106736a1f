import { mapText, matchRanges } from './text-map';

type Segment = { text: string; match: boolean };

/**
 * The text cut into plain and matching pieces, matching as search does: "geinformeerd" marks
 * "Geïnformeerd". `terms` are normalised (see searchTerms).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of matchRanges(mapText(text), terms)) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length || segments.length === 0) {
    segments.push({ text: text.slice(position), match: false });
  }
  return segments;
}
