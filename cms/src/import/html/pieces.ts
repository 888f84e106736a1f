import type { Style } from './style';

/** What an element contributes to the block being built, before whitespace is collapsed. */
export type Piece =
  | { kind: 'text'; text: string; style: Style; pre: boolean }
  /** A <br>. */
  | { kind: 'break'; style: Style }
  /** The edge of a block element inside a block that cannot be split (a <p> in a <blockquote>). */
  | { kind: 'para'; style: Style }
  /** The edge between two table cells. */
  | { kind: 'cell'; style: Style };

/** Text with one style, after collapsing. */
export type Seg = { text: string; style: Style };

/** Where the collapsed text has a paragraph or cell boundary. */
export type Gap = { gap: 'para' | 'cell' };
