import type { Style } from './style';

/**
 * Where in the body the walker is. In the `flow` a block element ends the block being built;
 * inside a list item or an unsplittable block (`inline`: a heading, quote, code or table row) it
 * only starts a new line.
 */
type Container = 'flow' | 'list' | 'inline';

export type Ctx = {
  style: Style;
  /** Inside <pre>: whitespace is kept. */
  pre: boolean;
  container: Container;
  /** The caption of the one image inside a <figure>, [caption] or Blogger caption table. */
  caption?: string;
  /** The link around the one image inside an <a>, when it points at the (larger) image file. */
  imageHref?: string;
  /** Inside [caption]: the text is the image's caption, already taken. */
  hideText: boolean;
  /** Inside a <tr>: how many cells it has had, so cells are joined with " | ". */
  row?: { cells: number };
  /** A list that has to be written as lines (inside a quote, heading or table cell). */
  lineList?: { ordered: boolean; items: number };
  /** Inside a table, whose loss was reported once already. */
  inTable: boolean;
};
