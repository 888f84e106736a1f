import { DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { oneLine } from './clean';
import type { Converter } from './converter';
import { textOf } from './dom';
import { asBlock, asRun, hasClass, type Handler } from './flow';
import { snippet } from './notes';

/**
 * Blogger puts a captioned image in a table: the image in one cell, the caption in a cell of
 * class "tr-caption". Returns the caption when `el` is such a table, null otherwise.
 */
function bloggerCaption(el: Element, c: Converter): string | null {
  if (!hasClass(c, el, 'tr-caption-container')) return null;
  const cells = DomUtils.findAll((node) => hasClass(c, node, 'tr-caption'), el.children);
  const captionImages = cells.reduce((sum, cell) => sum + c.measure(cell).images, 0);
  if (c.measure(el).images - captionImages !== 1) return null;
  for (const cell of cells) c.skipped.add(cell);
  return oneLine(cells.map((cell) => textOf(cell.children)).join(' '));
}

/** The first rows much as the converter writes them (empty cells left out), to quote in the note. */
function firstRows(el: Element): string {
  const rows: string[] = [];
  for (const row of DomUtils.getElementsByTagName('tr', el.children, true)) {
    const cells = row.children.filter((node) => DomUtils.isTag(node) && /^t[dh]$/.test(node.name));
    rows.push(
      cells
        .map((cell) => oneLine(textOf([cell])))
        .filter(Boolean)
        .join(' | '),
    );
    if (rows.join(' / ').length > 120) break;
  }
  return rows.join(' / ');
}

const table: Handler = (el, ctx, c) => {
  const caption = bloggerCaption(el, c);
  if (caption !== null) return asBlock(c, ctx, { ...ctx, caption: caption || undefined });
  if (!ctx.inTable) {
    const text = snippet(firstRows(el));
    c.note('table', `Een tabel is omgezet naar tekst, één alinea per rij${text ? `: "${text}"` : '.'}`);
  }
  return asBlock(c, ctx, { ...ctx, inTable: true });
};

/** One paragraph per row (a line, inside a block that cannot be split). */
const row: Handler = (el, ctx, c) => asRun(c, ctx, { type: 'row' }, { ...ctx, row: { cells: 0 } });

const cell: Handler = (el, ctx, c) => {
  if (!ctx.row) return asBlock(c, ctx);
  if (ctx.row.cells++ > 0) c.builder.gap('cell', ctx.style);
  return { ctx: { ...ctx, row: undefined } };
};

export const tableHandlers = new Map<string, Handler>([
  ['table', table],
  ['tr', row],
  ['td', cell],
  ['th', cell],
]);
