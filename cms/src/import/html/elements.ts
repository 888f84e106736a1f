import type { Element } from 'domhandler';
import { blockHandlers } from './block-elements';
import type { Ctx } from './context';
import type { Converter } from './converter';
import type { Visit } from './dom';
import { droppedHandlers } from './dropped-elements';
import type { Handler } from './flow';
import { listHandlers } from './list-elements';
import { mediaHandlers } from './media-elements';
import { shortcode } from './shortcode-elements';
import { marksOf } from './style';
import { tableHandlers } from './table-elements';

const HANDLERS = new Map<string, Handler>([
  ...blockHandlers,
  ...listHandlers,
  ...tableHandlers,
  ...mediaHandlers,
  ...droppedHandlers,
  ['wp-shortcode', shortcode],
]);

/** Any other element (<span>, <font>, <sup>, Word's <o:p>) is unwrapped, keeping its text and marks. */
export function visitElement(el: Element, ctx: Ctx, c: Converter): Visit<Ctx> {
  if (c.skipped.has(el)) return null;
  const marks = marksOf(el.name, c.attr(el, 'style'));
  const styled = marks ? { ...ctx, style: { ...ctx.style, marks: ctx.style.marks | marks } } : ctx;
  const handler = HANDLERS.get(el.name);
  return handler ? handler(el, styled, c) : { ctx: styled };
}
