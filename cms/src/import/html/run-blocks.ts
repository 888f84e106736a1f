import { splitBareUrls } from './bare-url';
import type { Code, Heading, Inline, Paragraph } from './blocks';
import { collapse, trimEdges } from './collapse';
import { toInline } from './inline';
import type { Piece, Seg } from './pieces';
import { PLAIN } from './style';

/** What the text being collected will become. A table row becomes one paragraph. */
export type RunKind =
  | { type: 'paragraph' | 'quote' | 'list-item' | 'code' | 'row' }
  | { type: 'heading'; level: Heading['level'] };

const CELL: Seg = { text: ' | ', style: PLAIN };

/** Paragraph boundaries split; each piece that is only a URL becomes a link paragraph. */
export function toParagraphs(
  pieces: Piece[],
  newlines: boolean,
  link: (url: string) => string | null,
): Paragraph[] {
  const groups: Seg[][] = [[]];
  for (const item of collapse(pieces, newlines)) {
    if (!('gap' in item)) groups.at(-1)?.push(item);
    else if (item.gap === 'cell') groups.at(-1)?.push(CELL);
    else groups.push([]);
  }
  return groups
    .flatMap((group) => splitBareUrls(group, link))
    .map((segs): Paragraph => ({ type: 'paragraph', children: toInline(segs) }));
}

/** One block's inline content, paragraph boundaries shown as `join`; null when there is no text. */
export function toJoinedInline(pieces: Piece[], newlines: boolean, join: string): Inline[] | null {
  const segs = collapse(pieces, newlines).map((item) =>
    'gap' in item ? { text: item.gap === 'cell' ? CELL.text : join, style: PLAIN } : item,
  );
  const trimmed = trimEdges(segs);
  return trimmed.length > 0 ? toInline(trimmed) : null;
}

/** Code keeps its whitespace; only the blank lines around it go. */
export function toCode(pieces: Piece[]): Code | null {
  const text = pieces
    .map((piece) => (piece.kind === 'text' ? piece.text : piece.kind === 'cell' ? CELL.text : '\n'))
    .join('')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/\s+$/, '');
  return text ? { type: 'code', children: [{ type: 'text', text }] } : null;
}
